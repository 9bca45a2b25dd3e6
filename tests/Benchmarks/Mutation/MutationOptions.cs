using System.Globalization;
using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Mutation;

/// <summary>Command-line options of the <c>mutation</c> suite. Every loop is bounded by count and by time.</summary>
public sealed record MutationOptions(
    IReadOnlyList<int> Clients,
    int? OpsPerClient,
    int? WarmupRounds,
    int Repeats,
    TimeSpan LevelLimit,
    bool Parts,
    bool Spread,
    string? Out)
{
    /// <summary>The section of docs/benchmarks.md this run's table replaces.</summary>
    public string Section => "mutation" + (Spread ? "-spread" : "") + (Parts ? "-parts" : "");

    public static MutationOptions Parse(IReadOnlyList<string> args)
    {
        var options = new MutationOptions([1, 16], null, null, 3, TimeSpan.FromSeconds(60), false, false, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--clients" => options with { Clients = PositiveList(Value(args, ++i)) },
                "--ops" => options with { OpsPerClient = Positive(Value(args, ++i)) },
                "--warmup" => options with { WarmupRounds = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture) },
                "--repeat" => options with { Repeats = Positive(Value(args, ++i)) },
                "--seconds" => options with { LevelLimit = TimeSpan.FromSeconds(Positive(Value(args, ++i))) },
                "--parts" => options with { Parts = true },
                "--spread" => options with { Spread = true },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        return options;
    }
}
