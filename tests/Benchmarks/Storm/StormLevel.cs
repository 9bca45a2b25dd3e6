namespace Recovery.Benchmarks.Storm;

/// <summary>
/// <see cref="Workshops"/> rooms of <see cref="Participants"/> people each, every one typing
/// <see cref="KeystrokesPerSecond"/> single-character edits a second into the description of the same plan item.
/// </summary>
public sealed record StormLevel(string Name, int Workshops, int Participants, int KeystrokesPerSecond)
{
    /// <summary>A normal day: ten groups in workshops at once, people typing now and then.</summary>
    public static readonly StormLevel Typical = new("typical", 10, 30, 1);

    /// <summary>Few, full rooms where everyone types flat out into one text.</summary>
    public static readonly StormLevel Storm = new("storm", 4, 60, 5);

    /// <summary>A smoke run: small enough for a minute on a busy machine.</summary>
    public static readonly StormLevel Quick = new("quick", 2, 5, 2);

    public int Clients => Workshops * Participants;

    public int Offered => Clients * KeystrokesPerSecond;

    public static StormLevel Named(string name) => name switch
    {
        "typical" => Typical,
        "storm" => Storm,
        "quick" => Quick,
        _ => throw new ArgumentException($"Unknown level {name}; use typical, storm or quick."),
    };
}
