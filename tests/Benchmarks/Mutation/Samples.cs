namespace Recovery.Benchmarks.Mutation;

/// <summary>One client's measured durations per stage, in milliseconds. Generic so each suite keeps its own stages.</summary>
public sealed class Samples<TStage> where TStage : struct, Enum
{
    private readonly Dictionary<TStage, List<double>> byStage = [];

    public void Add(TStage stage, TimeSpan elapsed)
    {
        if (!byStage.TryGetValue(stage, out var list)) byStage[stage] = list = [];
        list.Add(elapsed.TotalMilliseconds);
    }

    public IReadOnlyList<double> Of(TStage stage) => byStage.TryGetValue(stage, out var list) ? list : [];
}
