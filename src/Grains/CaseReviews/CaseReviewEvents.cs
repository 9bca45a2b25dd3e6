namespace Recovery.Grains.CaseReviews;

/// <summary>Facts in a case review's stream; cases only by local reference, people only as person ids.</summary>
public abstract record CaseReviewEvent;

public sealed record CaseReviewStarted(string Title, string? TemperatureRoundId, string StartedBy, DateTimeOffset At) : CaseReviewEvent;

public sealed record ReviewedCaseAdded(string CaseId, string Reference) : CaseReviewEvent;

public sealed record ReviewedCaseJudged(string CaseId, Principle Principle, CaseJudgement Judgement, string Note) : CaseReviewEvent;

public sealed record ReviewedCaseRemoved(string CaseId) : CaseReviewEvent;

/// <summary>The results as counted at conclusion: later changes to how results are counted never rewrite them.</summary>
public sealed record CaseReviewConcluded(PrincipleTally[] Results, int Cases, DateTimeOffset At) : CaseReviewEvent;
