using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Storm;

namespace Recovery.Benchmarks.Country;

/// <summary>One side (product or floor) of a level, pooled over its runs; <see cref="Failure"/> when a run broke.</summary>
public sealed record CountrySide(IReadOnlyList<CountryRun> Runs, string? Failure)
{
    public Latency this[StormStage stage] => Latency.Of(Runs.SelectMany(r => r.Samples[stage]));

    private double Seconds => Runs.Sum(r => r.Window.Elapsed.TotalSeconds);

    public double TypedPerSecond => Runs.Sum(r => r.Typed) / Seconds;
    public double KeystrokesPerSecond => Runs.Sum(r => r.KeystrokesConfirmed) / Seconds;
    public double EditsPerSecond => Runs.Sum(r => r.Confirmed) / Seconds;
    public long Missed => Runs.Sum(r => r.Missed);
    public int Refusals => Runs.Sum(r => r.Refusals);
    public int JoinFailures => Runs.Sum(r => r.JoinFailures);
    public int NotSettled => Runs.Sum(r => r.NotSettled);
    public int? Divergences => Runs.Any(r => r.Divergences is null) ? null : Runs.Sum(r => r.Divergences!.Value);
    public int? StoredMismatches => Runs.Any(r => r.StoredMismatches is null) ? null : Runs.Sum(r => r.StoredMismatches!.Value);
    public double SetupSeconds => Runs.Average(r => r.Setup.TotalSeconds);

    /// <summary>Cores per process (in <see cref="Meters.Names"/> order) in the measured windows, weighted by their length.</summary>
    public IReadOnlyList<double> Cores(Func<CountryRun, Load> load) =>
        [.. Enumerable.Range(0, load(Runs[0]).Cores.Count).Select(i => Runs.Sum(r => load(r).Cores[i] * load(r).Elapsed.TotalSeconds) / Runs.Sum(r => load(r).Elapsed.TotalSeconds))];

    public double Others => Runs.Sum(r => r.Window.Others * r.Window.Elapsed.TotalSeconds) / Seconds;
    public double GcPauseShare => Runs.Sum(r => r.Window.GcPauseShare * r.Window.Elapsed.TotalSeconds) / Seconds;

    public bool Measured => Runs.Count > 0;
}

/// <summary>A level's product and floor, side by side.</summary>
public sealed record CountryResult(CountryLevel Level, CountrySide Product, CountrySide Floor)
{
    public double PropagationP99Ratio => Product[StormStage.Propagation].P99 / Floor[StormStage.Propagation].P99;
    public double PropagationP50Ratio => Product[StormStage.Propagation].P50 / Floor[StormStage.Propagation].P50;
}
