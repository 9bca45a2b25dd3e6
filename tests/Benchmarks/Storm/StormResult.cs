using Recovery.Benchmarks.Mutation;

namespace Recovery.Benchmarks.Storm;

/// <summary>One side (product or floor) of a level, pooled over its runs.</summary>
public sealed record StormSide(
    int Runs,
    IReadOnlyDictionary<StormStage, Latency> Stages,
    double EditsPerSecond,
    double KeystrokesPerSecond,
    double CpuMicrosecondsPerEdit,
    double TypingCpuMicrosecondsPerEdit,
    double IdleCores,
    double GcPauseShare,
    double OtherCores,
    long Missed,
    int Refusals,
    int NotSettled,
    int? Divergences,
    int? StoredMismatches,
    IReadOnlyList<double> PropagationP99ByRun)
{
    public Latency this[StormStage stage] => Stages[stage];

    public static StormSide From(IReadOnlyList<StormRun> runs)
    {
        var seconds = runs.Sum(r => r.Window.Elapsed.TotalSeconds);
        var confirmed = runs.Sum(r => r.Confirmed);
        return new StormSide(
            runs.Count,
            Enum.GetValues<StormStage>().ToDictionary(s => s, s => Latency.Of(runs.SelectMany(r => r.Samples[s]))),
            confirmed / seconds,
            runs.Sum(r => r.Keystrokes) / seconds,
            confirmed == 0 ? double.NaN : runs.Sum(r => r.Window.Cpu.TotalMicroseconds) / confirmed,
            confirmed == 0 ? double.NaN : runs.Sum(r => r.Window.TypingCpu.TotalMicroseconds) / confirmed,
            runs.Average(r => r.Window.IdleCores),
            runs.Sum(r => r.Window.GcPause.TotalSeconds) / seconds,
            runs.Sum(r => r.Window.Others.TotalSeconds) / seconds,
            runs.Sum(r => r.Missed),
            runs.Sum(r => r.Refusals),
            runs.Sum(r => r.NotSettled),
            runs.Any(r => r.Divergences is null) ? null : runs.Sum(r => r.Divergences!.Value),
            runs.Any(r => r.StoredMismatches is null) ? null : runs.Sum(r => r.StoredMismatches!.Value),
            runs.Select(r => Latency.Of(r.Samples[StormStage.Propagation]).P99).ToArray());
    }
}

/// <summary>A level's product and floor, side by side.</summary>
public sealed record StormResult(StormLevel Level, StormSide Product, StormSide Floor)
{
    public double PropagationP99Ratio => Product[StormStage.Propagation].P99 / Floor[StormStage.Propagation].P99;

    public double ThroughputRatio => Product.KeystrokesPerSecond / Floor.KeystrokesPerSecond;

    public static StormResult From(IReadOnlyList<StormRun> runs) =>
        new(runs[0].Level, StormSide.From(runs.Where(r => !r.Floor).ToArray()), StormSide.From(runs.Where(r => r.Floor).ToArray()));
}
