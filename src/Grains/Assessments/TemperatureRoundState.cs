using System.Collections.Immutable;

namespace Recovery.Grains.Assessments;

/// <summary>A temperature round as folded from its events.</summary>
[GenerateSerializer, Immutable, Alias("temperature.state")]
public sealed record TemperatureRoundState(
    [property: Id(0)] bool Opened,
    [property: Id(1)] string Title,
    [property: Id(2)] TemperatureQuestionnaire? Questionnaire,
    [property: Id(3)] ImmutableArray<string> Respondents,
    [property: Id(4)] ImmutableDictionary<string, TemperatureResponse> Responses,
    [property: Id(5)] ImmutableArray<PrerequisiteResult>? Results,
    [property: Id(6)] ImmutableDictionary<ReflectionQuestion, string> Reflections)
{
    public static TemperatureRoundState Initial { get; } = new(false, "", null, [], ImmutableDictionary<string, TemperatureResponse>.Empty, null,
        ImmutableDictionary<ReflectionQuestion, string>.Empty);

    public bool Closed => Results is not null;
}
