using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Live;

/// <summary>Command-line options of the <c>live</c> suite. Every loop is bounded by count and by time.</summary>
public sealed record LiveOptions(IReadOnlyList<int> Followers, int Rounds, int WarmupRounds, int Repeats, TimeSpan LevelLimit, string? Out)
{
    public const string Section = "live";

    public static LiveOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LiveOptions([1, 20], 300, 20, 3, TimeSpan.FromSeconds(60), null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--followers" => options with { Followers = PositiveList(Value(args, ++i)) },
                "--rounds" => options with { Rounds = Positive(Value(args, ++i)) },
                "--warmup" => options with { WarmupRounds = Positive(Value(args, ++i)) },
                "--repeat" => options with { Repeats = Positive(Value(args, ++i)) },
                "--seconds" => options with { LevelLimit = TimeSpan.FromSeconds(Positive(Value(args, ++i))) },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        return options;
    }
}
