using System.Collections.Immutable;

namespace Recovery.Grains.CaseReviews;

/// <summary>
/// A review as the caller may see it: everyone who may read it gets the title, the number of cases
/// and the results per principle (as counted so far, fixed once concluded); only the municipality's
/// staff get the cases with their references, judgements and notes (<see cref="CaseWork"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("case-review.view")]
public sealed record CaseReviewView(
    [property: Id(0)] string Title,
    [property: Id(1)] string? TemperatureRoundId,
    [property: Id(2)] DateTimeOffset? StartedAt,
    [property: Id(3)] DateTimeOffset? ConcludedAt,
    [property: Id(4)] int CaseCount,
    [property: Id(5)] ImmutableList<ReviewedCase>? Cases,
    [property: Id(6)] ImmutableArray<PrincipleTally> Results,
    [property: Id(7)] long Version)
{
    public bool Concluded => ConcludedAt is not null;

    public static CaseReviewView Of(CaseReviewState state, long version, bool seesCases) => new(
        state.Title, state.TemperatureRoundId, state.StartedAt, state.ConcludedAt, state.Cases.Count,
        seesCases ? state.Cases : null, state.Results ?? CaseReviewResults.Of(state.Cases), version);
}
