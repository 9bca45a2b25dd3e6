using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>Command-line options of the <c>console</c> suite. Every loop is bounded by count and by time.</summary>
public sealed record ConsoleOptions(int Groups, int Rounds, int WarmupRounds, int Seconds, bool SeedOnly, bool Parts, string? Out)
{
    public const string Section = "console";

    public static ConsoleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ConsoleOptions(10, 300, 20, 300, false, false, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--groups" => options with { Groups = Positive(Value(args, ++i)) },
                "--rounds" => options with { Rounds = Positive(Value(args, ++i)) },
                "--warmup" => options with { WarmupRounds = Positive(Value(args, ++i)) },
                "--seconds" => options with { Seconds = Positive(Value(args, ++i)) },
                "--seed-only" => options with { SeedOnly = true },
                "--parts" => options with { Parts = true },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        return options;
    }
}
