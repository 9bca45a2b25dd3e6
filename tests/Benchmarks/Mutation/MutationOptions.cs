using System.Globalization;

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
                "--clients" => options with { Clients = Value(args, ++i).Split(',').Select(Positive).ToArray() },
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

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Positive(string text) =>
        int.Parse(text, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new ArgumentException($"{text} must be positive");
}
