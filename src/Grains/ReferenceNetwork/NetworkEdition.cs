using System.Collections.Immutable;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>
/// One metric in an edition: how many municipalities it is built from, their median and quartiles,
/// or, when hidden, only why. Never a single municipality's value, a total or a sum.
/// </summary>
[GenerateSerializer, Immutable, Alias("network.cell")]
public sealed record NetworkCell(
    [property: Id(0)] string Metric,
    [property: Id(1)] int? N,
    [property: Id(2)] double? Median,
    [property: Id(3)] double? Q1,
    [property: Id(4)] double? Q3,
    [property: Id(5)] SuppressionReason? Suppressed)
{
    public static NetworkCell Hidden(string metric, SuppressionReason reason) => new(metric, null, null, null, null, reason);
}

/// <summary>A published edition as readers see it: numbered from 1, and never changed once published.</summary>
[GenerateSerializer, Immutable, Alias("network.edition")]
public sealed record NetworkEdition(
    [property: Id(0)] int Id,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] ImmutableArray<NetworkCell> Cells);
