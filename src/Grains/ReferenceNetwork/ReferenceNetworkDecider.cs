using System.Collections.Immutable;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>Who may publish an edition and what goes into it: no I/O.</summary>
public static class ReferenceNetworkDecider
{
    public static bool MayPublish(Caller actor) => actor.IsNationalCoordinator;

    public static IReadOnlyList<ReferenceNetworkEvent> Decide(PublishReferenceNetworkEdition command, ReferenceNetworkState state, CommandContext context)
    {
        if (!MayPublish(context.Actor))
            throw RuleViolation.Forbidden("Kun den nationale koordinator kan udgive en udgave af referencenetværkets sammenligning.");
        var cells = ReferenceMetrics.All.Select(metric => NetworkSuppression.Cell(metric, Contributions(command, metric.Id), state.Published(metric.Id))).ToArray();
        ImmutableArray<NetworkCell> published = [.. cells.Select(c => c.Cell)];
        var contributors = cells.Where(c => c.Contributors is not null)
            .ToImmutableDictionary(c => c.Cell.Metric, c => c.Contributors!.Value);
        // The same numbers from the same municipalities again would be an edition that says nothing new: a retry.
        if (state.Editions.LastOrDefault() is { } last && last.Cells.SequenceEqual(published)
            && contributors.Count == state.LatestContributors.Count
            && contributors.All(c => state.LatestContributors.TryGetValue(c.Key, out var set) && set.SequenceEqual(c.Value)))
            return [];
        return [new ReferenceNetworkEditionPublished(state.Editions.Count + 1, context.Now, context.Actor.PersonId, published, contributors)];
    }

    public static ReferenceNetworkState Evolve(ReferenceNetworkState state, ReferenceNetworkEvent e) => e switch
    {
        ReferenceNetworkEditionPublished p => new(
            state.Editions.Add(new NetworkEdition(p.EditionId, p.At, p.Cells)),
            p.Contributors.Aggregate(state.PublishedContributors, (sets, c) =>
                sets.SetItem(c.Key, (sets.GetValueOrDefault(c.Key) ?? []).Add(c.Value))),
            p.Contributors),
        _ => state,
    };

    private static IEnumerable<Contribution> Contributions(PublishReferenceNetworkEdition command, string metric) =>
        command.Members.SelectMany(m => m.Value.TryGetValue(metric, out var figure) && figure.Value is { } value
            ? [new Contribution(m.Key, value, figure.Citizens)]
            : Array.Empty<Contribution>());
}
