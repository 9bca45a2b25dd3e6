using Recovery.Grains.SteeringGroups;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class DecisionActionSpecs
{
    private static RecordDecision Decision(params AddPlanItem[] actions) =>
        new("d-1", "Halvårlig status til udvalget", "Politisk fokus kræver, at udvalget følger med.", [.. actions]);

    [Fact]
    public void A_decision_creates_its_plan_items_in_one_step_and_each_links_back()
    {
        var state = GivenEstablished().Then(Decision(Item("i-1", prerequisite: 1, owner: "p-jonas"), Item("i-2", prerequisite: 2)));
        Assert.Equal(["d-1", "d-1"], state.Plan.Select(i => i.DecisionId));
        Assert.Equal("p-jonas", state.Item("i-1")!.OwnerId);
        Assert.Single(state.Decisions);
    }

    [Fact]
    public void One_bad_action_refuses_the_whole_decision() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenEstablished().Refuses(Decision(Item("i-1"), Item("i-2", owner: "p-ib"))).Code);

    [Fact]
    public void An_action_may_not_reuse_an_existing_items_id() =>
        Assert.Equal(RuleViolation.Codes.Conflict, GivenEstablished(ItemAdded("i-1")).Refuses(Decision(Item("i-1"))).Code);

    [Fact]
    public void Sending_the_same_decision_again_creates_nothing() =>
        Assert.Empty(GivenEstablished(new SteeringDecisionRecorded("d-1", "x", "", "p-mette", Now)).When(Decision(Item("i-1"))));

    [Fact]
    public void The_mandate_is_recorded_once_per_change()
    {
        var spec = GivenEstablished(new SteeringGroupMandateSet("Styregruppen leder omlægningen."));
        Assert.Empty(spec.When(new SetSteeringGroupMandate(" Styregruppen leder omlægningen. ")));
        Assert.Equal([new SteeringGroupMandateSet("Styregruppen leder omlægningen frem til 2028.")],
            spec.When(new SetSteeringGroupMandate("Styregruppen leder omlægningen frem til 2028.")));
    }

    [Fact]
    public void A_citizen_member_writing_a_plan_item_marks_it_and_outsiders_do_not_see_the_words()
    {
        var state = GivenEstablished().Then(Item("i-1", title: "Mit forslag"), Citizen);
        Assert.Contains("i-1", state.CitizenTexts);
        Assert.Equal("", state.WithheldFromOutsiders().Item("i-1")!.Title);
        Assert.Equal("Mit forslag", state.Item("i-1")!.Title);
    }

    [Fact]
    public void A_citizen_changing_only_the_status_writes_no_text() =>
        Assert.DoesNotContain(GivenEstablished(ItemAdded("i-1")).When(new EditPlanItem("i-1", "Status til udvalget", "", null, null, PlanItemStatus.Done), Citizen),
            e => e is SteeringCitizenTextWritten);
}
