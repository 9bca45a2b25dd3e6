using System.Collections.Immutable;

namespace Recovery.Grains.Assessments;

/// <summary>One respondent's answers in a round: statement id → score 0–5; a statement left out is simply not counted.</summary>
[GenerateSerializer, Immutable, Alias("assessments.response")]
public sealed record TemperatureResponse(
    [property: Id(0)] string RespondentId,
    [property: Id(1)] ImmutableDictionary<string, int> Scores);

/// <summary>A prerequisite's result: how many answered, their mean, how far apart they were, and the change since the last round.</summary>
[GenerateSerializer, Immutable, Alias("assessments.prerequisite-result")]
public sealed record PrerequisiteResult(
    [property: Id(0)] OrganisationalPrerequisite Prerequisite,
    [property: Id(1)] int Respondents,
    [property: Id(2)] double? Mean,
    [property: Id(3)] double? Spread,
    [property: Id(4)] double? Change);

/// <summary>
/// How a round's answers become results, the same way every time: each respondent's score for a
/// prerequisite is the mean of the statements they rated under it; the prerequisite's mean is the mean
/// of those scores, its spread their sample standard deviation (0 with one respondent), and its change
/// the difference from the previous round's mean. Nobody's single answer is shown.
/// </summary>
public static class TemperatureResults
{
    public static ImmutableArray<PrerequisiteResult> Of(
        TemperatureQuestionnaire questionnaire, IEnumerable<TemperatureResponse> responses, IReadOnlyList<PrerequisiteResult>? previous = null)
    {
        var answered = responses.ToArray();
        return [.. OrganisationalPrerequisites.All.Select(prerequisite =>
        {
            var statements = questionnaire.Statements.Where(s => s.Prerequisite == prerequisite).Select(s => s.Id).ToHashSet();
            var scores = answered
                .Select(r => r.Scores.Where(a => statements.Contains(a.Key) && a.Value is >= TemperatureQuestionnaire.MinScore and <= TemperatureQuestionnaire.MaxScore)
                    .Select(a => (double)a.Value).ToArray())
                .Where(s => s.Length > 0)
                .Select(s => s.Average())
                .ToArray();
            var mean = scores.Length == 0 ? (double?)null : scores.Average();
            var before = previous?.FirstOrDefault(p => p.Prerequisite == prerequisite)?.Mean;
            return new PrerequisiteResult(prerequisite, scores.Length, mean, scores.Length == 0 ? null : Spread(scores, mean!.Value),
                mean - before);
        })];
    }

    private static double Spread(double[] scores, double mean) =>
        scores.Length < 2 ? 0 : Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Length - 1));
}
