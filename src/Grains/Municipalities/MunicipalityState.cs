using System.Collections.Immutable;

namespace Recovery.Grains.Municipalities;

/// <summary>What a municipality's own stream holds: its group registry and its place in the programme.</summary>
[GenerateSerializer, Immutable, Alias("recovery.municipality-state")]
public sealed record MunicipalityState(
    [property: Id(0)] ImmutableList<RegisteredGroup> Groups,
    [property: Id(1)] ProgrammeState Programme)
{
    public static MunicipalityState Initial { get; } = new([], ProgrammeState.NotJoined);
}

/// <summary>A group working in the municipality, by grain key.</summary>
[GenerateSerializer, Immutable, Alias("recovery.registered-group")]
public sealed record RegisteredGroup([property: Id(0)] string Key, [property: Id(1)] GroupKind Kind);
