using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Storm;

/// <summary>Command-line options of the <c>storm</c> suite. Every phase is bounded in time.</summary>
public sealed record StormOptions(IReadOnlyList<StormLevel> Levels, TimeSpan Warmup, TimeSpan Measure, int Repeats, string? Out)
{
    /// <summary>Typing goes on this long after the window, so edits sent at its end meet the same load as the rest.</summary>
    public static readonly TimeSpan Tail = TimeSpan.FromSeconds(2);

    /// <summary>After typing stops, every client must have caught up within this, or it counts as not settled.</summary>
    public static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(60);

    public const string Section = "storm";

    public bool Quick => Levels is [{ Name: "quick" }];

    public static StormOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StormOptions([StormLevel.Typical, StormLevel.Storm], TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), 2, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Levels = [StormLevel.Quick], Warmup = TimeSpan.FromSeconds(2), Measure = TimeSpan.FromSeconds(5), Repeats = 1 },
                "--levels" => options with { Levels = Value(args, ++i).Split(',').Select(StormLevel.Named).ToArray() },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Positive(Value(args, ++i))) },
                "--seconds" => options with { Measure = TimeSpan.FromSeconds(Positive(Value(args, ++i))) },
                "--repeat" => options with { Repeats = Positive(Value(args, ++i)) },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        if (options.Quick && options.Out is not null)
            throw new ArgumentException("--quick is a smoke run; its numbers do not go into the document.");
        return options;
    }
}
