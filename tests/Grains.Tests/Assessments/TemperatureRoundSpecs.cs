using System.Collections.Immutable;
using Recovery.Grains.Assessments;

namespace Recovery.Grains.Tests.Assessments;

public sealed class TemperatureRoundSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly Caller Mette = new("p-mette", "657", Role.Tovholder);
    private static readonly Caller Sara = new("p-sara", "657", Role.CaseHandler);
    private static readonly Caller Ole = new("p-ole", "657", Role.Politician);
    private static readonly Caller Ib = new("p-ib", "657", Role.Staff);

    private static readonly TemperatureRoundOpened Opened =
        new("Forårets måling", DefaultQuestionnaire.Version1, ["p-sara", "p-ole"], "p-mette", Now);

    private static TemperatureRoundState Given(params TemperatureRoundEvent[] events) =>
        events.Aggregate(TemperatureRoundState.Initial, TemperatureRoundDecider.Evolve);

    private static IReadOnlyList<TemperatureRoundEvent> When(TemperatureRoundState state, TemperatureRoundCommand command, Caller actor) =>
        TemperatureRoundDecider.Decide(command, state, new CommandContext(actor, Now));

    private static RuleViolation Refuses(TemperatureRoundState state, TemperatureRoundCommand command, Caller actor) =>
        Assert.Throws<RuleViolation>(() => When(state, command, actor));

    private static Respond Scores(params (string Statement, int Score)[] scores) => new(scores.ToImmutableDictionary(s => s.Statement, s => s.Score));

    [Fact]
    public void Opening_keeps_the_questionnaire_version_and_the_chosen_respondents_once_each()
    {
        var events = When(Given(), new OpenRound("Forårets måling", DefaultQuestionnaire.Version1, ["p-sara", "p-ole", "p-sara"]), Mette);
        var opened = Assert.IsType<TemperatureRoundOpened>(Assert.Single(events));
        Assert.Equal(1, opened.Questionnaire.Version);
        Assert.Equal(["p-sara", "p-ole"], opened.Respondents);
    }

    [Fact]
    public void A_round_without_respondents_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(), new OpenRound("Måling", DefaultQuestionnaire.Version1, []), Mette).Code);

    [Fact]
    public void Only_a_chosen_respondent_answers() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(Given(Opened), Scores(("1.1", 3)), Ib).Code);

    [Theory]
    [InlineData("1.1", 6)]
    [InlineData("1.1", -1)]
    [InlineData("9.9", 3)]
    public void Scores_outside_the_scale_and_unknown_statements_are_refused(string statement, int score) =>
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Opened), Scores((statement, score)), Sara).Code);

    [Fact]
    public void Answering_again_replaces_the_answer_and_the_same_answer_again_changes_nothing()
    {
        var state = Given(Opened, new TemperatureResponseGiven(new("p-sara", ImmutableDictionary<string, int>.Empty.Add("1.1", 2))));
        var replaced = When(state, Scores(("1.1", 4)), Sara).Aggregate(state, TemperatureRoundDecider.Evolve);

        Assert.Equal(4, replaced.Responses["p-sara"].Scores["1.1"]);
        Assert.Single(replaced.Responses);
        Assert.Empty(When(replaced, Scores(("1.1", 4)), Sara));
    }

    [Fact]
    public void Closing_fixes_the_results_against_the_previous_round_and_closing_again_changes_nothing()
    {
        var state = Given(Opened,
            new TemperatureResponseGiven(new("p-sara", ImmutableDictionary<string, int>.Empty.Add("1.1", 4))),
            new TemperatureResponseGiven(new("p-ole", ImmutableDictionary<string, int>.Empty.Add("1.2", 2))));
        ImmutableArray<PrerequisiteResult> previous = [new(OrganisationalPrerequisite.PoliticalFocus, 2, 2.5, 0.5, null)];

        var closed = Assert.IsType<TemperatureRoundClosed>(Assert.Single(When(state, new CloseRound(previous), Mette)));
        var political = closed.Results.Single(r => r.Prerequisite == OrganisationalPrerequisite.PoliticalFocus);

        Assert.Equal((2, 3.0, 0.5), (political.Respondents, political.Mean, political.Change));
        Assert.Empty(When(Given(Opened, closed), new CloseRound([]), Mette));
    }

    [Fact]
    public void A_closed_round_takes_no_more_answers() =>
        Assert.Equal(RuleViolation.Codes.Refused,
            Refuses(Given(Opened, new TemperatureRoundClosed([], Now)), Scores(("1.1", 3)), Ole).Code);

    [Fact]
    public void Reflections_come_after_the_results_and_the_same_answer_twice_is_kept_once()
    {
        var reflect = new Reflect(ReflectionQuestion.MostImportant, "Inddragende sagsbehandling og kultur.");
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(Given(Opened), reflect, Mette).Code);

        var closed = Given(Opened, new TemperatureRoundClosed([], Now));
        var answered = When(closed, reflect, Mette).Aggregate(closed, TemperatureRoundDecider.Evolve);

        Assert.Equal("Inddragende sagsbehandling og kultur.", answered.Reflections[ReflectionQuestion.MostImportant]);
        Assert.Empty(When(answered, reflect, Mette));
    }

    [Fact]
    public void The_reflection_questions_are_the_guides_five() =>
        Assert.Equal("Hvad kan I gøre herfra, og hvem har ansvaret?", ReflectionQuestion.NextStepsAndOwners.DanishText());
}
