using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Activation;

/// <summary>Command-line options of the <c>activation</c> suite. Every loop is bounded by count and by time.</summary>
public sealed record ActivationOptions(IReadOnlyList<int> Events, int FloorEvents, int Rounds, int WarmupRounds, int BatchSize, string? Out)
{
    public const string Section = "activation";

    /// <summary>How many appended events make the grain store a new snapshot: <c>EventStream</c>'s default, which the grains keep internal.</summary>
    public const int SnapshotInterval = 200;

    /// <summary>The same for a workshop: <c>WorkshopSnapshots.Interval</c>, also internal.</summary>
    public const int WorkshopSnapshotInterval = 1000;

    public static int IntervalOf(SubjectKind kind) => kind == SubjectKind.Workshop ? WorkshopSnapshotInterval : SnapshotInterval;

    public static ActivationOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ActivationOptions([10_000, 100_000], 20, 30, 3, 1_000, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--events" => options with { Events = PositiveList(Value(args, ++i)) },
                "--floor" => options with { FloorEvents = Positive(Value(args, ++i)) },
                "--rounds" => options with { Rounds = Positive(Value(args, ++i)) },
                "--warmup" => options with { WarmupRounds = Positive(Value(args, ++i)) },
                "--batch" => options with { BatchSize = Positive(Value(args, ++i)) },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        // Under the snapshot interval the grain never stores one, so the floor's load is a fold of a short stream, as a new group's is.
        // A workshop's floor must be scheduled and open before the one real step can go through its grain.
        if (options.FloorEvents < 2) throw new ArgumentException("--floor must be at least 2 events.");
        if (options.FloorEvents + 1 >= SnapshotInterval)
            throw new ArgumentException($"--floor must be under {SnapshotInterval - 1} events, so the floor has no snapshot.");
        return options;
    }
}
