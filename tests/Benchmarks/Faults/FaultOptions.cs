using Recovery.Testing.Faults;
using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Faults;

/// <summary>Command-line options of the <c>faults</c> command (./fault-scenarios.sh passes its own through).</summary>
/// <param name="PerCluster">Runs on one cluster before a fresh one is started; a killed silo is replaced in between.</param>
public sealed record FaultOptions(int Runs, FaultPlan Plan, int PerCluster, string? Out)
{
    public const string Section = "faults";

    public static FaultOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FaultOptions(20, FaultPlan.Default, 5, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--runs" => options with { Runs = Positive(Value(args, ++i)) },
                "--clients" => options with { Plan = options.Plan with { Clients = Positive(Value(args, ++i)) } },
                "--seconds" => options with { Plan = options.Plan with { Before = TimeSpan.FromSeconds(Positive(Value(args, ++i))) } },
                "--per-cluster" => options with { PerCluster = Positive(Value(args, ++i)) },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        if (options.Plan.Clients < 2) throw new ArgumentException("--clients must be at least 2: a facilitator and a leader are always among them.");
        return options;
    }
}
