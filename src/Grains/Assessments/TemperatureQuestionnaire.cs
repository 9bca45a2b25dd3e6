using System.Collections.Immutable;

namespace Recovery.Grains.Assessments;

/// <summary>
/// One version of the temperature measurement's questionnaire: 2–3 statements per organisational
/// prerequisite, each answered 0–5 (5 most positive). A round keeps the version it was answered on,
/// so results always say which wording they came from.
/// </summary>
[GenerateSerializer, Immutable, Alias("assessments.questionnaire")]
public sealed record TemperatureQuestionnaire(
    [property: Id(0)] int Version,
    [property: Id(1)] ImmutableArray<TemperatureStatement> Statements)
{
    public const int MinScore = 0;
    public const int MaxScore = 5;

    public TemperatureStatement? Statement(string id) => Statements.FirstOrDefault(s => s.Id == id);
}

/// <summary>A statement the respondent rates; its id (<c>3.2</c>) names the prerequisite and its place.</summary>
[GenerateSerializer, Immutable, Alias("assessments.statement")]
public sealed record TemperatureStatement(
    [property: Id(0)] string Id,
    [property: Id(1)] OrganisationalPrerequisite Prerequisite,
    [property: Id(2)] string Text);
