using System.Collections.Immutable;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>One answered form as the citizen and their own staff see it.</summary>
[GenerateSerializer, Immutable, Alias("citizen.measure")]
public sealed record MeasureEntry(
    [property: Id(0)] Instrument Instrument,
    [property: Id(1)] ImmutableArray<int?> Answers,
    [property: Id(2)] int? Score,
    [property: Id(3)] string Period,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string EnteredBy,
    [property: Id(6)] bool OnBehalf);

/// <summary>A citizen's record as folded from its events.</summary>
[GenerateSerializer, Immutable, Alias("citizen.state")]
public sealed record CitizenState(
    [property: Id(0)] string? Pseudonym,
    [property: Id(1)] ImmutableArray<string> OwnStaff,
    [property: Id(2)] string? CodeHash,
    [property: Id(3)] ImmutableList<MeasureEntry> Measures)
{
    public static CitizenState Initial { get; } = new(null, [], null, []);

    public bool Enrolled => Pseudonym is not null;
}
