namespace Recovery.Grains.Municipalities;

/// <summary>The state with the version it was read at, so a client can tell which notices it has seen.</summary>
[GenerateSerializer, Immutable, Alias("recovery.municipality-view")]
public sealed record MunicipalityView([property: Id(0)] MunicipalityState State, [property: Id(1)] long Version);
