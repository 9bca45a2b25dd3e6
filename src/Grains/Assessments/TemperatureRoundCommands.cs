using System.Collections.Immutable;

namespace Recovery.Grains.Assessments;

/// <summary>What people ask a temperature round to do.</summary>
[GenerateSerializer, Alias("temperature.command")]
public abstract record TemperatureRoundCommand;

/// <summary>The tovholder opens a round on a questionnaire version for chosen respondents (person ids).</summary>
[GenerateSerializer, Immutable, Alias("temperature.open")]
public sealed record OpenRound(
    [property: Id(0)] string Title,
    [property: Id(1)] TemperatureQuestionnaire Questionnaire,
    [property: Id(2)] ImmutableArray<string> Respondents) : TemperatureRoundCommand;

/// <summary>A respondent's answers; sending again before the round closes replaces them.</summary>
[GenerateSerializer, Immutable, Alias("temperature.respond")]
public sealed record Respond([property: Id(0)] ImmutableDictionary<string, int> Scores) : TemperatureRoundCommand;

/// <summary>Closes the round; the results are computed once, against the previous round's, and kept.</summary>
[GenerateSerializer, Immutable, Alias("temperature.close")]
public sealed record CloseRound([property: Id(0)] ImmutableArray<PrerequisiteResult> Previous) : TemperatureRoundCommand;

/// <summary>The group's answer to one of the guide's reflection questions, after the results are in.</summary>
[GenerateSerializer, Immutable, Alias("temperature.reflect")]
public sealed record Reflect([property: Id(0)] ReflectionQuestion Question, [property: Id(1)] string Answer) : TemperatureRoundCommand;

/// <summary>The reflection questions of the agency's guide ("Hvilke refleksioner giver temperaturmålingen").</summary>
public enum ReflectionQuestion { StrengthsAndWeaknesses = 1, Recognisable = 2, Surprising = 3, MostImportant = 4, NextStepsAndOwners = 5 }

public static class ReflectionQuestions
{
    public static string DanishText(this ReflectionQuestion question) => question switch
    {
        ReflectionQuestion.StrengthsAndWeaknesses => "Hvor har I jeres styrker og svagheder?",
        ReflectionQuestion.Recognisable => "Hvilke resultater er genkendelige?",
        ReflectionQuestion.Surprising => "Hvilke resultater er I overraskede over?",
        ReflectionQuestion.MostImportant => "Hvilke områder synes I, er de vigtigste at arbejde med?",
        ReflectionQuestion.NextStepsAndOwners => "Hvad kan I gøre herfra, og hvem har ansvaret?",
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };
}
