namespace Recovery.Benchmarks.Mutation;

/// <summary>One concurrency level's latencies per stage, pooled over its clients.</summary>
public sealed record LevelResult(LevelPlan Plan, IReadOnlyDictionary<Stage, Latency> Stages, TimeSpan Window)
{
    public Latency Product => Stages[Stage.Product];

    public Latency Floor => Stages[Stage.Floor];

    /// <summary>True when the time limit stopped some client before its planned rounds.</summary>
    public bool CutShort => Product.Count < Plan.Clients * Plan.MeasuredRounds;

    /// <summary>Mutations completed per second in the measured window, where every client also spends time on the floor.</summary>
    public double MutationsPerSecond => Product.Count / Window.TotalSeconds;

    public static LevelResult From(LevelPlan plan, IReadOnlyList<Samples> clients, TimeSpan window) => new(
        plan,
        Enum.GetValues<Stage>()
            .Select(stage => (stage, latency: Latency.Of(clients.SelectMany(c => c.Of(stage)))))
            .Where(s => s.latency.Count > 0)
            .ToDictionary(s => s.stage, s => s.latency),
        window);
}
