using System.Collections.Immutable;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Recovery.Grains.CaseReviews;

/// <summary>A review as the municipality's list shows it: no case references, only counts; also how a guessed id is told apart without waking a grain.</summary>
public sealed record CaseReviewSummary(
    string Id, string Title, string? TemperatureRoundId, DateTimeOffset StartedAt, int Cases, DateTimeOffset? ConcludedAt,
    ImmutableArray<PrincipleTally> Results);

/// <summary>Keeps <see cref="CaseReviewSummary"/> inline with the review's events (id = stream key); rebuildable from them.</summary>
public sealed class CaseReviewSummaryProjection : SingleStreamProjection<CaseReviewSummary, string>
{
    public CaseReviewSummaryProjection()
    {
        foreach (var type in EventTypes.Of<CaseReviewEvent>()) IncludeType(type);
    }

    public override CaseReviewSummary? Evolve(CaseReviewSummary? snapshot, string id, IEvent e) => (snapshot, e.Data) switch
    {
        (_, CaseReviewStarted x) => new(id, x.Title, x.TemperatureRoundId, x.At, 0, null, []),
        (null, _) => null,
        (_, ReviewedCaseAdded) => snapshot with { Cases = snapshot.Cases + 1 },
        (_, ReviewedCaseRemoved) => snapshot with { Cases = snapshot.Cases - 1 },
        (_, CaseReviewConcluded x) => snapshot with { Cases = x.Cases, ConcludedAt = x.At, Results = [.. x.Results] },
        _ => snapshot,
    };
}
