using System.Collections.Immutable;

namespace Recovery.Grains.Municipalities;

/// <summary>What a municipality's own stream holds: its group registry.</summary>
[GenerateSerializer, Immutable, Alias("recovery.municipality-state")]
public sealed record MunicipalityState([property: Id(0)] ImmutableList<RegisteredGroup> Groups)
{
    public static MunicipalityState Initial { get; } = new([]);
}

/// <summary>A group working in the municipality, by grain key.</summary>
[GenerateSerializer, Immutable, Alias("recovery.registered-group")]
public sealed record RegisteredGroup([property: Id(0)] string Key, [property: Id(1)] GroupKind Kind);
