using System.Collections.Immutable;
using Recovery.Grains.Staircase;

namespace Recovery.Grains.Tests.Staircase;

public sealed class StaircaseSpecs
{
    private static readonly Caller Mette = new("p-mette", "657", Role.Tovholder);
    private static readonly StaircaseStarted Started = new([.. DefaultStaircase.Steps]);

    private static StaircaseState Given(params StaircaseEvent[] events) => events.Aggregate(StaircaseState.Initial, StaircaseDecider.Evolve);

    private static IReadOnlyList<StaircaseEvent> When(StaircaseState state, StaircaseCommand command) =>
        StaircaseDecider.Decide(command, state, new CommandContext(Mette, DateTimeOffset.UnixEpoch));

    private static StaircaseState Then(StaircaseState state, StaircaseCommand command) => When(state, command).Aggregate(state, StaircaseDecider.Evolve);

    private static string Refuses(StaircaseState state, StaircaseCommand command) => Assert.Throws<RuleViolation>(() => When(state, command)).Code;

    private static ImportStepCounts Import(params (string Quarter, string Step, int Count)[] rows) =>
        new([.. rows.Select(r => new StepCountRow(r.Quarter, r.Step, r.Count))]);

    [Fact]
    public void The_default_steps_go_from_civil_society_at_the_bottom_to_long_term_residential_care_at_the_top()
    {
        var steps = StaircaseView.Of(StaircaseState.Initial, 0).State.Steps;
        Assert.Equal(7, steps.Count);
        Assert.Equal(("civilsamfund", "sel-108"), (steps[0].Id, steps[^1].Id));
    }

    [Fact]
    public void The_first_change_keeps_the_default_steps_in_the_stream_before_it()
    {
        var events = When(Given(), new SetStepCount("2026K1", "sel-85", 40));
        Assert.Equal(Started.Steps, Assert.IsType<StaircaseStarted>(events[0]).Steps);
        Assert.Equal(new StaircaseCountSet("2026K1", "sel-85", 40), events[1]);
    }

    [Fact]
    public void A_count_that_is_already_there_changes_nothing_not_even_the_start()
    {
        var state = Then(Given(), new SetStepCount("2026 k1", "sel-85", 40));
        Assert.Equal(40, state.Count("2026K1", "sel-85"));
        Assert.Empty(When(state, new SetStepCount("2026K1", "sel-85", 40)));
        Assert.Empty(When(Given(), new RemoveStep("findes-ikke")));
    }

    [Theory]
    [InlineData("2026K5", "sel-85", 1, RuleViolation.Codes.Validation)]
    [InlineData("2026-Q3", "sel-85", 1, RuleViolation.Codes.Validation)]
    [InlineData("1999K1", "sel-85", 1, RuleViolation.Codes.Validation)]
    [InlineData("2026K1", "sel-999", 1, RuleViolation.Codes.NotFound)]
    [InlineData("2026K1", "sel-85", -1, RuleViolation.Codes.Validation)]
    [InlineData("2026K1", "sel-85", 1_000_001, RuleViolation.Codes.Validation)]
    public void Bad_quarters_unknown_steps_and_counts_out_of_range_are_refused(string quarter, string step, int count, string code) =>
        Assert.Equal(code, Refuses(Given(Started), new SetStepCount(quarter, step, count)));

    [Fact]
    public void An_import_is_one_event_and_the_same_file_again_changes_nothing()
    {
        var import = Import(("2026K1", "sel-85", 40), ("2026K1", "sel-108", 12), ("2026k2", "sel-85", 38));
        var events = When(Given(Started), import);
        var imported = Assert.IsType<StaircaseCountsImported>(Assert.Single(events));
        Assert.Equal("2026K2", imported.Rows[2].Quarter);
        var state = events.Aggregate(Given(Started), StaircaseDecider.Evolve);
        Assert.Equal((40, 12, 38), (state.Count("2026K1", "sel-85"), state.Count("2026K1", "sel-108"), state.Count("2026K2", "sel-85")));
        Assert.Empty(When(state, import));
    }

    [Fact]
    public void One_bad_row_refuses_the_whole_import()
    {
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started), Import(("2026K1", "sel-85", 40), ("2026K1", "sel-85", 41))));
        Assert.Equal(RuleViolation.Codes.NotFound, Refuses(Given(Started), Import(("2026K1", "sel-85", 40), ("2026K1", "ukendt", 1))));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started), new ImportStepCounts([])));
    }

    [Fact]
    public void Steps_are_added_renamed_and_moved_by_id_and_their_figures_stay_with_them()
    {
        var state = Then(Given(Started), new SetStepCount("2026K1", "sel-85", 40));
        state = Then(state, new AddStep("peer", "Peerstøtte", 1));
        state = Then(state, new RenameStep("sel-85", "Bostøtte"));
        state = Then(state, new MoveStep("sel-85", 0));

        Assert.Equal(["sel-85", "civilsamfund", "peer"], state.Steps.Take(3).Select(s => s.Id));
        Assert.Equal("Bostøtte", state.Step("sel-85")!.Name);
        Assert.Equal(40, state.Count("2026K1", "sel-85"));
        Assert.Empty(When(state, new AddStep("peer", "Peerstøtte", null)));
        Assert.Empty(When(state, new MoveStep("sel-85", 0)));
    }

    [Fact]
    public void Two_steps_cannot_share_a_name_since_a_file_may_name_them()
    {
        Assert.Equal(RuleViolation.Codes.Conflict, Refuses(Given(Started), new AddStep("ny", "§ 85 SOCIALPÆDAGOGISK STØTTE (BOSTØTTE)", null)));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started), new AddStep("Ny Trin", "Nyt trin", null)));
    }

    [Fact]
    public void A_step_with_figures_is_not_removed_one_without_is()
    {
        var state = Given(Started, new StaircaseMovementRecorded("2026K1", "sel-108", "sel-85", 3));
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(state, new RemoveStep("sel-108")));
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(Given(Started, new KeyFigureExpenditureSet("2026K1", "sel-82", 10)), new RemoveStep("sel-82")));
        Assert.DoesNotContain(Then(state, new RemoveStep("gruppeforloeb")).Steps, s => s.Id == "gruppeforloeb");
    }

    [Fact]
    public void Movements_go_between_two_different_steps_and_zero_removes_one()
    {
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started), new RecordMovement("2026K1", "sel-85", "sel-85", 2)));
        var state = Then(Given(Started), new RecordMovement("2026K1", "sel-108", "sel-85", 3));
        Assert.Equal(3, state.Movement("2026K1", "sel-108", "sel-85"));
        Assert.Empty(Then(state, new RecordMovement("2026K1", "sel-108", "sel-85", 0)).Movements);
        Assert.Empty(When(Given(Started), new RecordMovement("2026K1", "sel-108", "sel-85", 0)));
    }

    [Fact]
    public void Shares_are_percentages_with_one_decimal_and_expenditure_is_kept_per_step()
    {
        var state = Then(Given(Started), new SetKeyFigures("2026K1", 23.44m, 12m));
        state = Then(state, new SetExpenditure("2026K1", "sel-108", 4_500_000));
        Assert.Equal((23.4m, 12m), (state.Figures("2026K1").EducationOrEmploymentShare, state.Figures("2026K1").ReadmissionShare));
        Assert.Equal(4_500_000, state.Figures("2026K1").Expenditure["sel-108"]);
        Assert.Empty(When(state, new SetKeyFigures("2026K1", 23.4m, 12m)));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(state, new SetKeyFigures("2026K1", 100.1m, null)));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(state, new SetExpenditure("2026K1", "sel-108", -1)));
        Assert.Empty(Then(state, new SetExpenditure("2026K1", "sel-108", null)).Figures("2026K1").Expenditure);
    }

    [Fact]
    public void The_fold_of_an_import_and_of_the_same_counts_one_by_one_agree()
    {
        var imported = Given(Started, new StaircaseCountsImported([new("2026K1", "sel-85", 4), new("2026K1", "sel-82", 2)]));
        var byHand = Given(Started, new StaircaseCountSet("2026K1", "sel-85", 4), new StaircaseCountSet("2026K1", "sel-82", 2));
        Assert.Equal(imported.Counts["2026K1"].ToImmutableSortedDictionary(), byHand.Counts["2026K1"].ToImmutableSortedDictionary());
    }
}
