namespace Recovery.Benchmarks.Mutation;

/// <summary>One concurrency level's latencies per stage, pooled over its clients and its repeats.</summary>
public sealed record LevelResult(int Clients, int Planned, IReadOnlyDictionary<Stage, Latency> Stages, TimeSpan Window)
{
    public Latency Product => Stages[Stage.Product];

    public Latency Floor => Stages[Stage.Floor];

    /// <summary>True when the time limit stopped some client before its planned rounds.</summary>
    public bool CutShort => Product.Count < Planned;

    /// <summary>Mutations completed per second in the measured window, where every client also spends time on the floor.</summary>
    public double MutationsPerSecond => Product.Count / Window.TotalSeconds;

    public static LevelResult From(IReadOnlyList<LevelRun> runs) => new(
        runs[0].Plan.Clients,
        runs.Sum(r => r.Plan.Clients * r.Plan.MeasuredRounds),
        Enum.GetValues<Stage>()
            .Select(stage => (stage, latency: Latency.Of(runs.SelectMany(r => r.Clients).SelectMany(c => c.Of(stage)))))
            .Where(s => s.latency.Count > 0)
            .ToDictionary(s => s.stage, s => s.latency),
        TimeSpan.FromTicks(runs.Sum(r => r.Window.Ticks)));
}

/// <summary>One run of a level on its own fresh Silo: what each client measured, and how long the measured part took.</summary>
public sealed record LevelRun(LevelPlan Plan, IReadOnlyList<Samples<Stage>> Clients, TimeSpan Window);
