using System.Collections.Immutable;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// A citizen's record as the citizen or one of their own staff sees it: every form answered, with
/// its score or why it has none. Only the grain builds it, and only for those two.
/// </summary>
[GenerateSerializer, Immutable, Alias("citizen.view")]
public sealed record CitizenView(
    [property: Id(0)] string Pseudonym,
    [property: Id(1)] bool YouAreOwnStaff,
    [property: Id(2)] ImmutableArray<string> OwnStaff,
    [property: Id(3)] bool HasPersonalCode,
    [property: Id(4)] ImmutableArray<MeasureEntry> Measures,
    [property: Id(5)] long Version)
{
    public static CitizenView Of(CitizenState state, long version, bool ownStaff) => new(
        state.Pseudonym!, ownStaff, ownStaff ? state.OwnStaff : [], state.CodeHash is not null, [.. state.Measures], version);
}
