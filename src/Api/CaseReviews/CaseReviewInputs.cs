using Recovery.Api.GraphQL;
using Recovery.Grains.CaseReviews;

namespace Recovery.Api.CaseReviews;

internal sealed class StartCaseReviewInput : MunicipalityInput
{
    /// <summary>Optional client-chosen id: sending the same id again starts nothing new.</summary>
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    /// <summary>Optional: the temperature round the review belongs to.</summary>
    public string? TemperatureRoundId { get; init; }
}

internal abstract class CaseReviewInput : MunicipalityInput
{
    public string ReviewId { get; init; } = "";
}

internal sealed class AddReviewedCaseInput : CaseReviewInput
{
    /// <summary>Optional client-chosen id: sending the same id again adds nothing new.</summary>
    public string? CaseId { get; init; }
    /// <summary>The municipality's own short reference ("Sag 3"), never a name or a CPR number.</summary>
    public string Reference { get; init; } = "";
}

internal sealed class JudgeReviewedCaseInput : CaseReviewInput
{
    public string CaseId { get; init; } = "";
    /// <summary>1–8, the principles in order.</summary>
    public int Principle { get; init; }
    public CaseJudgement Judgement { get; init; }
    public string? Note { get; init; }
}

internal sealed class RemoveReviewedCaseInput : CaseReviewInput
{
    public string CaseId { get; init; } = "";
}

internal sealed class ConcludeCaseReviewInput : CaseReviewInput;
