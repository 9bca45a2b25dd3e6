namespace Recovery.Grains.ImplementationGroups;

/// <summary>The state with the version it was read at, so a client can tell which notices it has seen.</summary>
[GenerateSerializer, Immutable, Alias("impl.view")]
public sealed record ImplementationGroupView([property: Id(0)] ImplementationGroupState State, [property: Id(1)] long Version);
