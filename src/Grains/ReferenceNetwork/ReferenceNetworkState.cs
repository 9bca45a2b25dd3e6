using System.Collections.Immutable;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>
/// The published editions, oldest first, and per metric the contributor sets of every cell ever
/// published (what the differencing rule compares a new cell against), and those of the latest edition.
/// </summary>
public sealed record ReferenceNetworkState(
    ImmutableList<NetworkEdition> Editions,
    ImmutableDictionary<string, ImmutableList<ImmutableArray<string>>> PublishedContributors,
    ImmutableDictionary<string, ImmutableArray<string>> LatestContributors)
{
    public static ReferenceNetworkState Initial { get; } = new([], ImmutableDictionary<string, ImmutableList<ImmutableArray<string>>>.Empty,
        ImmutableDictionary<string, ImmutableArray<string>>.Empty);

    public IEnumerable<ImmutableArray<string>> Published(string metric) => PublishedContributors.GetValueOrDefault(metric) ?? [];
}

/// <summary>Asks to publish an edition from the members' figures as gathered just now (municipality code → metric → figure).</summary>
public sealed record PublishReferenceNetworkEdition(ImmutableDictionary<string, ImmutableDictionary<string, MetricFigure>> Members);
