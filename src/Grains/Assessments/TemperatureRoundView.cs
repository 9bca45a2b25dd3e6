using System.Collections.Immutable;

namespace Recovery.Grains.Assessments;

/// <summary>
/// A round as anyone in the municipality may see it: how many have answered, the results once
/// closed, the reflections, and the caller's own answers. Other people's single answers never leave
/// the grain.
/// </summary>
[GenerateSerializer, Immutable, Alias("temperature.view")]
public sealed record TemperatureRoundView(
    [property: Id(0)] string Title,
    [property: Id(1)] TemperatureQuestionnaire? Questionnaire,
    [property: Id(2)] int Respondents,
    [property: Id(3)] int Responded,
    [property: Id(4)] bool YouAreRespondent,
    [property: Id(5)] ImmutableDictionary<string, int>? YourScores,
    [property: Id(6)] ImmutableArray<PrerequisiteResult>? Results,
    [property: Id(7)] ImmutableDictionary<ReflectionQuestion, string> Reflections,
    [property: Id(8)] long Version)
{
    public int QuestionnaireVersion => Questionnaire?.Version ?? 0;

    public static TemperatureRoundView Of(TemperatureRoundState state, long version, string? viewer) => new(
        state.Title, state.Questionnaire, state.Respondents.Length, state.Responses.Count,
        viewer is not null && state.Respondents.Contains(viewer),
        viewer is not null && state.Responses.TryGetValue(viewer, out var own) ? own.Scores : null,
        state.Results, state.Reflections, version);
}
