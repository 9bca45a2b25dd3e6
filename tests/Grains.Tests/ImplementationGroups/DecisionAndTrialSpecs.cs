using Recovery.Grains.ImplementationGroups;
using static Recovery.Grains.Tests.ImplementationGroups.GroupSpec;

namespace Recovery.Grains.Tests.ImplementationGroups;

public sealed class GroupDecisionSpecs
{
    private static RecordGroupDecision Decision(params DecidedAction[] actions) =>
        new("d-1", "Vi starter en recovery-café", "Borgerne efterspørger et fælles sted.", [.. actions]);

    private static DecidedAction Action(string id, int principle = 3, string? owner = null) =>
        new(id, $"Handling {id}", [principle], owner, new DateOnly(2026, 5, 1));

    [Fact]
    public void A_decision_creates_its_actions_in_one_step_and_each_links_back()
    {
        var state = GivenGroup().Then(Decision(Action("a-1", owner: "p-sara"), Action("a-2", principle: 7)));
        Assert.Equal(["a-1", "a-2"], state.Decisions.Single().ActivityIds);
        Assert.All(state.Activities, a => Assert.Equal("d-1", a.DecisionId));
        Assert.Equal("p-sara", state.Activity("a-1")!.OwnerId);
        Assert.Equal(new DateOnly(2026, 5, 1), state.Activity("a-2")!.Due);
    }

    [Fact]
    public void The_decision_keeps_who_recorded_it_and_when()
    {
        var decision = GivenGroup().Then(Decision(), Sara).Decisions.Single();
        Assert.Equal(("p-sara", Now), (decision.RecordedBy, decision.RecordedAt));
    }

    [Fact]
    public void Sending_the_same_decision_again_creates_nothing() =>
        Assert.Empty(GivenGroup().Given(Decision(Action("a-1"))).When(Decision(Action("a-1"))));

    [Fact]
    public void One_bad_action_refuses_the_whole_decision()
    {
        var spec = GivenGroup();
        Assert.Equal(RuleViolation.Codes.NotFound, spec.Refuses(Decision(Action("a-1"), Action("a-2", owner: "p-ib"))).Code);
        Assert.Empty(spec.State.Decisions);
    }

    [Fact]
    public void An_action_may_not_take_an_existing_activitys_id() =>
        Assert.Equal(RuleViolation.Codes.Conflict, GivenGroup(ActivityAdded("a-1")).Refuses(Decision(Action("a-1"))).Code);

    [Fact]
    public void Two_actions_with_one_id_are_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenGroup().Refuses(Decision(Action("a-1"), Action("a-1"))).Code);

    [Fact]
    public void A_decision_creates_at_most_twenty_actions() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenGroup().Refuses(Decision([.. Enumerable.Range(0, ImplementationGroupDecider.MaxActionsPerDecision + 1).Select(i => Action($"a-{i}"))])).Code);

    [Fact]
    public void Someone_outside_the_group_records_no_decision() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(Decision(), Outsider).Code);
}

public sealed class DriverBarrierAndReportSpecs
{
    [Fact]
    public void Members_note_and_remove_drivers_and_barriers()
    {
        var spec = GivenGroup();
        var state = spec.Then(new NoteForce("k-1", ForceKind.Barrier, "Travlhed i bostøtten"), Sara);
        Assert.Equal([new DriverOrBarrier("k-1", ForceKind.Barrier, "Travlhed i bostøtten")], state.Forces);
        Assert.Equal([new DriverOrBarrierRemoved("k-1")], GivenGroup(new DriverOrBarrierNoted("k-1", ForceKind.Barrier, "x")).When(new RemoveForce("k-1"), Jonas));
    }

    [Fact]
    public void An_unknown_kind_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenGroup().Refuses(new NoteForce("k-1", (ForceKind)7, "x")).Code);

    [Fact]
    public void The_tovholder_reports_to_the_steering_group_with_who_and_when()
    {
        var report = GivenGroup().Then(new SubmitReport("r-1", "Status marts", "Caféen er i gang.")).Reports.Single();
        Assert.Equal(new GroupReport("r-1", "Status marts", "Caféen er i gang.", "p-ali", Now), report);
    }

    [Fact]
    public void A_staff_member_does_not_submit_reports() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(new SubmitReport("r-1", "Status", "Tekst"), Sara).Code);
}

public sealed class TrialActionSpecs
{
    private static ProposeTrialAction Trial(string? owner = "p-sara") =>
        new("t-1", "Flere kommer, hvis en peer tager imod", "En peer tager imod i caféen i fire uger", owner, new DateOnly(2026, 4, 30));

    [Fact]
    public void A_trial_keeps_hypothesis_what_is_tried_by_whom_and_until_when()
    {
        var trial = GivenGroup().Then(Trial()).Trials.Single();
        Assert.Equal(new TrialAction("t-1", "Flere kommer, hvis en peer tager imod", "En peer tager imod i caféen i fire uger",
            "p-sara", new DateOnly(2026, 4, 30), "", null), trial);
    }

    [Fact]
    public void What_was_learnt_is_recorded()
    {
        var spec = GivenGroup().Given(Trial());
        Assert.Equal("Dobbelt så mange kom.", spec.Then(new RecordTrialLearning("t-1", "Dobbelt så mange kom.")).Trial("t-1")!.Learning);
    }

    [Fact]
    public void Promoting_a_trial_makes_an_activity_in_its_words_linked_both_ways()
    {
        var spec = GivenGroup().Given(Trial()).Given(new RecordTrialLearning("t-1", "Dobbelt så mange kom."));
        var state = spec.Then(new PromoteTrialAction("t-1", "a-7", [3, 4]));
        var activity = state.Activity("a-7")!;
        Assert.Equal("En peer tager imod i caféen i fire uger", activity.Title);
        Assert.Contains("Dobbelt så mange kom.", activity.Description);
        Assert.Equal(("t-1", "p-sara", new DateOnly(2026, 4, 30)), (activity.TrialId, activity.OwnerId, activity.Due));
        Assert.Equal("a-7", state.Trial("t-1")!.PromotedTo);
    }

    [Fact]
    public void Promoting_twice_changes_nothing() =>
        Assert.Empty(GivenGroup().Given(Trial()).Given(new PromoteTrialAction("t-1", "a-7", [3])).When(new PromoteTrialAction("t-1", "a-8", [3])));

    [Fact]
    public void A_citizens_trial_keeps_its_protection_when_promoted() =>
        Assert.Contains(new CitizenTextWritten("a-7"),
            GivenGroup().Given(Trial(owner: null), Jonas).When(new PromoteTrialAction("t-1", "a-7", [3]), Sara));
}

public sealed class WithheldTextSpecs
{
    [Fact]
    public void Outsiders_see_structure_but_not_the_words_a_citizen_wrote()
    {
        var state = GivenGroup()
            .Given(Activity("a-1", Fields(title: "Jonas' idé", description: "Min egen plan")), Jonas)
            .Given(Activity("a-2", Fields(title: "Personalets aktivitet")), Sara)
            .State.WithheldFromOutsiders();
        Assert.Equal(("", "", PlanItemStatus.Planned), (state.Activity("a-1")!.Title, state.Activity("a-1")!.Description, state.Activity("a-1")!.Status));
        Assert.Equal("Personalets aktivitet", state.Activity("a-2")!.Title);
    }
}
