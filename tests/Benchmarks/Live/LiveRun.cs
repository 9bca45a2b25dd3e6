using Recovery.Benchmarks.Mutation;

namespace Recovery.Benchmarks.Live;

/// <summary>One run of a level on its own fresh Silo. Lost counts notices (one per follower) that missed the timeout.</summary>
public sealed record LiveRun(int Followers, int Planned, int Measured, Samples<LiveStage> Samples, int Lost, int FloorLost);

/// <summary>One follower count's latencies, pooled over its repeats.</summary>
public sealed record LiveResult(int Followers, int Planned, int Measured, IReadOnlyDictionary<LiveStage, Latency> Stages, int Lost, int FloorLost)
{
    public Latency this[LiveStage stage] => Stages[stage];

    public static LiveResult From(IReadOnlyList<LiveRun> runs) => new(
        runs[0].Followers,
        runs.Sum(r => r.Planned),
        runs.Sum(r => r.Measured),
        Enum.GetValues<LiveStage>().ToDictionary(s => s, s => Latency.Of(runs.SelectMany(r => r.Samples.Of(s)))),
        runs.Sum(r => r.Lost),
        runs.Sum(r => r.FloorLost));
}
