using Recovery.Api.GraphQL;

namespace Recovery.Api.CitizenMeasures;

internal sealed class EnrolCitizenInput : MunicipalityInput
{
    /// <summary>Other staff who follow the citizen, by person id; the enroller is always one of them.</summary>
    public string[]? OwnStaffIds { get; init; }
}

/// <summary>Names one citizen by pseudonym; the inputs that act on a citizen extend it.</summary>
internal class CitizenInput : MunicipalityInput
{
    public string Pseudonym { get; init; } = "";
}

internal sealed class ChangeCitizenStaffInput : CitizenInput
{
    public string[] OwnStaffIds { get; init; } = [];
}

internal sealed class MeasureAnswerInput
{
    /// <summary>The statement's number, 1–5 in the instrument's order.</summary>
    public int Item { get; init; }
    public int Value { get; init; }
}

internal sealed class AnswerCitizenMeasureInput : CitizenInput
{
    /// <summary><c>who5</c> or <c>brief-inspire-o</c>.</summary>
    public string Instrument { get; init; } = "";
    /// <summary>One per answered statement; a statement left out is unanswered, and the form is then not scored.</summary>
    public MeasureAnswerInput[] Answers { get; init; } = [];
    /// <summary>Staff entered the answers for the citizen; ignored when the citizen answers with the personal code.</summary>
    public bool OnBehalf { get; init; }
}
