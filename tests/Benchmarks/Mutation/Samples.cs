namespace Recovery.Benchmarks.Mutation;

/// <summary>One client's measured durations per stage, in milliseconds.</summary>
public sealed class Samples
{
    private readonly Dictionary<Stage, List<double>> byStage = [];

    public void Add(Stage stage, TimeSpan elapsed)
    {
        if (!byStage.TryGetValue(stage, out var list)) byStage[stage] = list = [];
        list.Add(elapsed.TotalMilliseconds);
    }

    public IReadOnlyList<double> Of(Stage stage) => byStage.TryGetValue(stage, out var list) ? list : [];
}
