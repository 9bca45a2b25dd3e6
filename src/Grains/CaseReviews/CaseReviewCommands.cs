namespace Recovery.Grains.CaseReviews;

/// <summary>What people ask a case review to do. Ids of new things come in with the command, so a retry is recognised.</summary>
[GenerateSerializer, Alias("case-review.command")]
public abstract record CaseReviewCommand;

/// <summary>The tovholder starts a review, optionally as part of a temperature round (its id).</summary>
[GenerateSerializer, Immutable, Alias("case-review.start")]
public sealed record StartCaseReview([property: Id(0)] string Title, [property: Id(1)] string? TemperatureRoundId) : CaseReviewCommand;

/// <summary>A recent case to review, by its local reference only.</summary>
[GenerateSerializer, Immutable, Alias("case-review.add-case")]
public sealed record AddReviewedCase([property: Id(0)] string CaseId, [property: Id(1)] string Reference) : CaseReviewCommand;

/// <summary>How far the case's work reflects one principle, with an optional note on why; judging again replaces it.</summary>
[GenerateSerializer, Immutable, Alias("case-review.judge-case")]
public sealed record JudgeReviewedCase(
    [property: Id(0)] string CaseId,
    [property: Id(1)] Principle Principle,
    [property: Id(2)] CaseJudgement Judgement,
    [property: Id(3)] string? Note) : CaseReviewCommand;

/// <summary>Takes a case out of the review, with its judgements.</summary>
[GenerateSerializer, Immutable, Alias("case-review.remove-case")]
public sealed record RemoveReviewedCase([property: Id(0)] string CaseId) : CaseReviewCommand;

/// <summary>Ends the review; the results per principle are counted once and kept.</summary>
[GenerateSerializer, Immutable, Alias("case-review.conclude")]
public sealed record ConcludeCaseReview : CaseReviewCommand;
