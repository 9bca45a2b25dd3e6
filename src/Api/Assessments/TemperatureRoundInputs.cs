using Recovery.Api.GraphQL;

namespace Recovery.Api.Assessments;

internal sealed class OpenTemperatureRoundInput : MunicipalityInput
{
    /// <summary>Optional client-chosen id: sending the same id again opens nothing new.</summary>
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    /// <summary>The chosen respondents, by the id they sign in with (see <c>municipality.people</c>).</summary>
    public string[] RespondentIds { get; init; } = [];
}

internal sealed class TemperatureAnswerInput
{
    /// <summary>A statement id of the round's questionnaire, e.g. "3.2".</summary>
    public string Statement { get; init; } = "";
    public int Score { get; init; }
}

internal sealed class AnswerTemperatureRoundInput : MunicipalityInput
{
    public string RoundId { get; init; } = "";
    public TemperatureAnswerInput[] Answers { get; init; } = [];
}

internal sealed class CloseTemperatureRoundInput : MunicipalityInput
{
    public string RoundId { get; init; } = "";
}

internal sealed class ReflectOnTemperatureRoundInput : MunicipalityInput
{
    public string RoundId { get; init; } = "";
    /// <summary>1–5, the guide's reflection questions in order.</summary>
    public int Question { get; init; }
    public string Answer { get; init; } = "";
}

internal sealed class PublishQuestionnaireInput
{
    public StatementDraftInput[] Statements { get; init; } = [];
}

internal sealed class StatementDraftInput
{
    /// <summary>1–8, the organisational prerequisite.</summary>
    public int Prerequisite { get; init; }
    public string Text { get; init; } = "";
}
