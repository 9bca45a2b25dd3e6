using Recovery.Grains.ImplementationGroups;
using static Recovery.Grains.Tests.ImplementationGroups.GroupSpec;

namespace Recovery.Grains.Tests.ImplementationGroups;

public sealed class ImplementationPlanSpecs
{
    [Fact]
    public void A_citizen_member_adds_an_activity_and_it_is_marked_as_a_citizens_words()
    {
        var events = GivenGroup().When(Activity(fields: Fields(principles: [3, 1])), Jonas);
        Assert.Equal([
            new ActivityAdded("a-1", "Recovery-café hver torsdag", "", [Principle.HopesAndDreams, Principle.NetworkAndCommunities], null, null, null, PlanItemStatus.Planned),
            new CitizenTextWritten("a-1")], events, new EventComparer());
    }

    [Fact]
    public void A_staff_member_adds_an_activity_without_a_citizen_mark() =>
        Assert.DoesNotContain(GivenGroup().When(Activity(), Sara), e => e is CitizenTextWritten);

    [Fact]
    public void Someone_outside_the_group_cannot_edit_its_plan() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(Activity(), Outsider).Code);

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 9 })]
    public void An_activity_is_tied_to_at_least_one_real_principle(int[] principles) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenGroup().Refuses(Activity(fields: Fields(principles: principles))).Code);

    [Fact]
    public void Principles_are_kept_sorted_and_distinct()
    {
        var state = GivenGroup().Then(Activity(fields: Fields(principles: [7, 2, 7])));
        Assert.Equal([Principle.Resources, Principle.FollowUp], state.Activity("a-1")!.Principles);
    }

    [Fact]
    public void The_owner_must_be_a_member() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenGroup().Refuses(Activity(fields: Fields(owner: "p-ib"))).Code);

    [Fact]
    public void The_due_date_cannot_come_before_the_start() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenGroup().Refuses(Activity(fields: Fields(starts: new DateOnly(2026, 5, 1), due: new DateOnly(2026, 4, 1)))).Code);

    [Fact]
    public void Adding_the_same_id_again_changes_nothing() =>
        Assert.Empty(GivenGroup(ActivityAdded()).When(Activity()));

    [Fact]
    public void An_id_already_used_for_something_else_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Conflict,
            GivenGroup(new DriverOrBarrierNoted("a-1", ForceKind.Driver, "Engagerede ledere")).Refuses(Activity()).Code);

    [Fact]
    public void Editing_records_only_what_changed()
    {
        var events = GivenGroup(ActivityAdded()).When(new EditActivity("a-1",
            Fields(status: PlanItemStatus.InProgress, due: new DateOnly(2026, 6, 1), owner: "p-sara")));
        Assert.Equal([
            new ActivityOwnerAssigned("a-1", "p-sara"),
            new ActivityRescheduled("a-1", null, new DateOnly(2026, 6, 1)),
            new ActivityStatusChanged("a-1", PlanItemStatus.InProgress)], events);
    }

    [Fact]
    public void A_citizen_changing_only_the_status_writes_no_text() =>
        Assert.Equal([new ActivityStatusChanged("a-1", PlanItemStatus.Done)],
            GivenGroup(ActivityAdded()).When(new EditActivity("a-1", Fields(status: PlanItemStatus.Done)), Jonas));

    [Fact]
    public void A_citizen_retitling_marks_the_activity() =>
        Assert.Contains(new CitizenTextWritten("a-1"),
            GivenGroup(ActivityAdded()).When(new EditActivity("a-1", Fields(title: "Café med peers")), Jonas));

    [Fact]
    public void Editing_an_unknown_activity_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenGroup().Refuses(new EditActivity("a-9", Fields())).Code);

    [Fact]
    public void A_follow_up_keeps_who_and_when()
    {
        var state = GivenGroup(ActivityAdded()).Then(new FollowUpActivity("a-1", "f-1", "Ti borgere kom første gang."), Sara);
        Assert.Equal([new FollowUp("f-1", "Ti borgere kom første gang.", "p-sara", Now)], state.Activity("a-1")!.FollowUps);
    }

    [Fact]
    public void The_same_follow_up_sent_twice_is_recorded_once() =>
        Assert.Empty(GivenGroup(ActivityAdded(), new ActivityFollowedUp("a-1", "f-1", "x", "p-sara", Now))
            .When(new FollowUpActivity("a-1", "f-1", "x")));

    [Fact]
    public void The_plan_has_a_limit()
    {
        var full = Enumerable.Range(0, ImplementationPlan.MaxActivities).Select(i => (ImplementationGroupEvent)ActivityAdded($"a-{i}")).ToArray();
        Assert.Equal(RuleViolation.Codes.Refused, GivenGroup(full).Refuses(Activity("a-new")).Code);
    }
}

/// <summary>Records holding arrays compare by reference; events are compared by their JSON-like shape instead.</summary>
internal sealed class EventComparer : IEqualityComparer<ImplementationGroupEvent>
{
    public bool Equals(ImplementationGroupEvent? x, ImplementationGroupEvent? y) =>
        System.Text.Json.JsonSerializer.Serialize<object?>(x) == System.Text.Json.JsonSerializer.Serialize<object?>(y) && x?.GetType() == y?.GetType();

    public int GetHashCode(ImplementationGroupEvent obj) => obj.GetType().GetHashCode();
}

public sealed class RestoreActivitySpecs
{
    private static readonly Activity Earlier = new("a-1", "Recovery-café hver torsdag", "", [Principle.NetworkAndCommunities], null, null, null,
        PlanItemStatus.Planned, null, null, []);

    [Fact]
    public void Restoring_marks_the_version_then_changes_back_only_what_differs()
    {
        var spec = GivenGroup(ActivityAdded(), new ActivityRetitled("a-1", "Café"), new ActivityStatusChanged("a-1", PlanItemStatus.Done));
        Assert.Equal([
            new ActivityRestored("a-1", 7),
            new ActivityRetitled("a-1", "Recovery-café hver torsdag"),
            new ActivityStatusChanged("a-1", PlanItemStatus.Planned)], spec.When(new RestoreActivityTo(new RestoreActivity("a-1", 7), Earlier)));
    }

    [Fact]
    public void Restoring_to_the_current_values_changes_nothing() =>
        Assert.Empty(GivenGroup(ActivityAdded()).When(new RestoreActivityTo(new RestoreActivity("a-1", 7), Earlier)));

    [Fact]
    public void A_version_in_which_the_activity_did_not_exist_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenGroup(ActivityAdded()).Refuses(new RestoreActivityTo(new RestoreActivity("a-1", 2), null)).Code);

    [Fact]
    public void Someone_outside_the_group_restores_nothing() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup(ActivityAdded()).Refuses(new RestoreActivityTo(new RestoreActivity("a-1", 7), Earlier), Outsider).Code);
}

public sealed class ImplementationGroupHistorySpecs
{
    private static string? Told(ImplementationGroupEvent e, params ImplementationGroupEvent[] before) =>
        ImplementationGroupHistory.Narrate(GivenGroup(before).State, e)?.Text;

    [Fact]
    public void A_status_change_says_from_what_to_what() =>
        Assert.Equal("ændrede status fra Planlagt til I gang", Told(new ActivityStatusChanged("a-1", PlanItemStatus.InProgress), ActivityAdded()));

    [Fact]
    public void People_are_named_by_token_so_an_erased_name_stays_erased() =>
        Assert.Equal("gav ansvaret til {person:p-sara}", Told(new ActivityOwnerAssigned("a-1", "p-sara"), ActivityAdded()));

    [Fact]
    public void Braces_a_person_typed_cannot_pose_as_a_token() =>
        Assert.Equal("tilføjede aktiviteten \"{{person:p-x}}\"",
            Told(new ActivityAdded("a-2", "{person:p-x}", "", [Principle.Resources], null, null, null, PlanItemStatus.Planned)));

    [Fact]
    public void A_citizens_mark_is_folded_but_not_told() =>
        Assert.Null(ImplementationGroupHistory.Narrate(GivenGroup().State, new CitizenTextWritten("a-1")));
}
