using System.Collections.Immutable;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>Facts in the national network's stream (<c>reference-network</c>, tenant <c>national</c>).</summary>
public abstract record ReferenceNetworkEvent;

/// <summary>
/// An edition of the comparison. <see cref="Contributors"/> (metric → municipality codes of each
/// published cell) is kept only so later editions can refuse cells over almost the same
/// municipalities; no API ever hands it out.
/// </summary>
public sealed record ReferenceNetworkEditionPublished(
    int EditionId,
    DateTimeOffset At,
    string By,
    ImmutableArray<NetworkCell> Cells,
    ImmutableDictionary<string, ImmutableArray<string>> Contributors) : ReferenceNetworkEvent;
