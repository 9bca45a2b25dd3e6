using System.Collections.Immutable;
using Recovery.Grains.Assessments;

namespace Recovery.Grains.Tests.Assessments;

public sealed class DefaultQuestionnaireSpecs
{
    private static readonly TemperatureQuestionnaire Questionnaire = DefaultQuestionnaire.Version1;

    [Fact]
    public void Every_prerequisite_has_two_or_three_statements_numbered_after_it()
    {
        Assert.All(OrganisationalPrerequisites.All, p =>
            Assert.InRange(Questionnaire.Statements.Count(s => s.Prerequisite == p), 2, 3));
        Assert.All(Questionnaire.Statements, s => Assert.StartsWith($"{(int)s.Prerequisite}.", s.Id));
        Assert.Equal(Questionnaire.Statements.Length, Questionnaire.Statements.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void The_statements_are_Danish_sentences_within_the_title_limit() =>
        Assert.All(Questionnaire.Statements, s =>
        {
            Assert.InRange(s.Text.Length, 20, FreeText.TitleMax);
            Assert.EndsWith(".", s.Text);
        });
}

public sealed class TemperatureResultsSpecs
{
    private static readonly TemperatureQuestionnaire Questionnaire = DefaultQuestionnaire.Version1;

    private static TemperatureResponse Answer(string respondent, params (string Statement, int Score)[] scores) =>
        new(respondent, scores.ToImmutableDictionary(s => s.Statement, s => s.Score));

    private static PrerequisiteResult For(IEnumerable<PrerequisiteResult> results, OrganisationalPrerequisite prerequisite) =>
        results.Single(r => r.Prerequisite == prerequisite);

    [Fact]
    public void A_worked_example_each_respondent_counts_once_with_the_mean_of_their_statements()
    {
        // Respondent scores for political focus: a (4+2)/2 = 3, b 5, c 1. Mean 3; sample deviation √((0²+2²+2²)/2) = 2.
        var results = TemperatureResults.Of(Questionnaire,
            [Answer("a", ("1.1", 4), ("1.2", 2)), Answer("b", ("1.1", 5)), Answer("c", ("1.3", 1))]);

        Assert.Equal(new PrerequisiteResult(OrganisationalPrerequisite.PoliticalFocus, 3, 3.0, 2.0, null),
            For(results, OrganisationalPrerequisite.PoliticalFocus));
    }

    [Fact]
    public void A_prerequisite_nobody_rated_has_no_mean_and_says_so_with_zero_respondents()
    {
        var results = TemperatureResults.Of(Questionnaire, [Answer("a", ("1.1", 4))]);

        Assert.Equal(new PrerequisiteResult(OrganisationalPrerequisite.Culture, 0, null, null, null), For(results, OrganisationalPrerequisite.Culture));
        Assert.Equal(8, results.Length);
    }

    [Fact]
    public void One_respondent_has_no_spread() =>
        Assert.Equal(0.0, For(TemperatureResults.Of(Questionnaire, [Answer("a", ("2.1", 3))]), OrganisationalPrerequisite.StrategicBasis).Spread);

    [Fact]
    public void The_change_is_measured_from_the_previous_rounds_mean()
    {
        var previous = TemperatureResults.Of(Questionnaire, [Answer("a", ("3.1", 2)), Answer("b", ("3.2", 3))]);

        var now = TemperatureResults.Of(Questionnaire, [Answer("c", ("3.1", 4)), Answer("d", ("3.3", 3))], previous);

        Assert.Equal(1.0, For(now, OrganisationalPrerequisite.Leadership).Change);
        Assert.Null(For(now, OrganisationalPrerequisite.Culture).Change);
    }

    [Fact]
    public void Scores_outside_0_to_5_and_unknown_statements_are_not_counted()
    {
        var results = TemperatureResults.Of(Questionnaire, [Answer("a", ("4.1", 7), ("4.2", -1), ("9.9", 5), ("4.3", 2))]);

        Assert.Equal((1, 2.0), (For(results, OrganisationalPrerequisite.CollaborationAcross).Respondents, For(results, OrganisationalPrerequisite.CollaborationAcross).Mean));
    }
}
