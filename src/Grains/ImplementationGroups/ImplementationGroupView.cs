namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// The state with the version it was read at, so a client can tell which notices it has seen;
/// <see cref="CitizenTextWithheld"/> says that citizens' words were removed for this reader.
/// </summary>
[GenerateSerializer, Immutable, Alias("impl.view")]
public sealed record ImplementationGroupView(
    [property: Id(0)] ImplementationGroupState State, [property: Id(1)] long Version, [property: Id(2)] bool CitizenTextWithheld = false);
