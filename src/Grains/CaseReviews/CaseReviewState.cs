using System.Collections.Immutable;

namespace Recovery.Grains.CaseReviews;

/// <summary>One principle's judgement of a case, with the reviewer's note (may be empty).</summary>
[GenerateSerializer, Immutable, Alias("case-review.principle-judgement")]
public sealed record PrincipleJudgement([property: Id(0)] CaseJudgement Judgement, [property: Id(1)] string Note);

/// <summary>A case under review: its local reference and its judgements so far, by principle.</summary>
[GenerateSerializer, Immutable, Alias("case-review.case")]
public sealed record ReviewedCase(
    [property: Id(0)] string Id,
    [property: Id(1)] string Reference,
    [property: Id(2)] ImmutableDictionary<Principle, PrincipleJudgement> Judgements);

/// <summary>A case review as folded from its events.</summary>
[GenerateSerializer, Immutable, Alias("case-review.state")]
public sealed record CaseReviewState(
    [property: Id(0)] bool Started,
    [property: Id(1)] string Title,
    [property: Id(2)] string? TemperatureRoundId,
    [property: Id(3)] DateTimeOffset? StartedAt,
    [property: Id(4)] ImmutableList<ReviewedCase> Cases,
    [property: Id(5)] ImmutableArray<PrincipleTally>? Results,
    [property: Id(6)] DateTimeOffset? ConcludedAt)
{
    public static CaseReviewState Initial { get; } = new(false, "", null, null, [], null, null);

    public bool Concluded => Results is not null;

    public ReviewedCase? Case(string id) => Cases.Find(c => c.Id == id);
}
