using Recovery.Grains.SteeringGroups;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class DevelopmentPlanSpecs
{
    [Fact]
    public void Adding_an_item_places_it_under_its_prerequisite()
    {
        var state = GivenEstablished().Then(Item(prerequisite: 5, owner: "p-jonas", due: new DateOnly(2027, 6, 1)));
        var item = Assert.Single(state.Plan);
        Assert.Equal(OrganisationalPrerequisite.InvolvingCaseHandling, item.Prerequisite);
        Assert.Equal(("p-jonas", new DateOnly(2027, 6, 1)), (item.OwnerId, item.Due));
    }

    [Fact]
    public void A_citizen_member_edits_the_plan_on_equal_terms() =>
        Assert.Single(GivenEstablished().When(Item(), Citizen).OfType<DevelopmentPlanItemAdded>());

    [Fact]
    public void Someone_outside_the_group_cannot_edit_the_plan() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenEstablished().Refuses(Item(), Staff).Code);

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Only_the_eight_prerequisites_exist(int prerequisite) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenEstablished().Refuses(Item(prerequisite: prerequisite)).Code);

    [Fact]
    public void The_owner_must_be_a_member() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenEstablished().Refuses(Item(owner: "p-from-roskilde")).Code);

    [Fact]
    public void An_item_made_from_a_temperature_round_links_back_to_it_in_the_same_step()
    {
        var source = new PlanItemSource(MeasurementKind.TemperatureRound, "t-spring");
        var events = GivenEstablished().When(Item() with { Source = source });
        Assert.Equal(new DevelopmentPlanItemSourced("i-1", MeasurementKind.TemperatureRound, "t-spring"), events[1]);
        Assert.Equal(source, Assert.Single(GivenEstablished().Then(Item() with { Source = source }).Plan).Source);
    }

    [Fact]
    public void A_malformed_measurement_id_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenEstablished().Refuses(Item() with { Source = new(MeasurementKind.CaseReview, "../t 1") }).Code);

    [Fact]
    public void Adding_an_item_with_an_id_already_used_changes_nothing() =>
        Assert.Empty(GivenEstablished(ItemAdded()).When(Item()));

    [Fact]
    public void A_cpr_number_in_the_description_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenEstablished().Refuses(Item(description: "Borger 0101801234 deltager")).Code);

    [Fact]
    public void Editing_records_only_the_fields_that_changed()
    {
        var events = GivenEstablished(ItemAdded())
            .When(new EditPlanItem("i-1", "Status til udvalget", "", "p-jonas", null, PlanItemStatus.InProgress));
        Assert.Equal(
            [new DevelopmentPlanItemOwnerAssigned("i-1", "p-jonas"), new DevelopmentPlanItemStatusChanged("i-1", PlanItemStatus.InProgress)],
            events);
    }

    [Fact]
    public void Editing_every_field_changes_every_field()
    {
        var state = GivenEstablished(ItemAdded())
            .Then(new EditPlanItem("i-1", "Ny titel", "Ny beskrivelse", "p-mette", new DateOnly(2027, 1, 31), PlanItemStatus.Done));
        Assert.Equal(
            new DevelopmentPlanItem("i-1", OrganisationalPrerequisite.PoliticalFocus, "Ny titel", "Ny beskrivelse", "p-mette", new DateOnly(2027, 1, 31), PlanItemStatus.Done),
            Assert.Single(state.Plan));
    }

    [Fact]
    public void Saving_an_unchanged_item_changes_nothing() =>
        Assert.Empty(GivenEstablished(ItemAdded()).When(new EditPlanItem("i-1", "Status til udvalget", "", null, null, PlanItemStatus.Planned)));

    [Fact]
    public void Clearing_owner_and_due_date_is_recorded()
    {
        var state = GivenEstablished(ItemAdded(owner: "p-jonas"), new DevelopmentPlanItemRescheduled("i-1", new DateOnly(2027, 1, 1)))
            .Then(new EditPlanItem("i-1", "Status til udvalget", "", null, null, PlanItemStatus.Planned));
        Assert.Equal((null, null), (Assert.Single(state.Plan).OwnerId, state.Plan[0].Due));
    }

    [Fact]
    public void An_item_whose_owner_left_the_group_can_still_change_status()
    {
        var events = GivenEstablished(ItemAdded(owner: "p-jonas"), new SteeringGroupMemberRemoved("p-jonas"))
            .When(new EditPlanItem("i-1", "Status til udvalget", "", "p-jonas", null, PlanItemStatus.Done));
        Assert.Equal([new DevelopmentPlanItemStatusChanged("i-1", PlanItemStatus.Done)], events);
    }

    [Fact]
    public void A_new_owner_who_is_not_a_member_is_refused_on_edit() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenEstablished(ItemAdded())
            .Refuses(new EditPlanItem("i-1", "Status til udvalget", "", "p-stranger", null, PlanItemStatus.Planned)).Code);

    [Fact]
    public void Editing_an_item_that_does_not_exist_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound,
            GivenEstablished().Refuses(new EditPlanItem("i-other-municipality", "x", "", null, null, PlanItemStatus.Done)).Code);

    [Fact]
    public void A_due_date_far_outside_the_programme_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenEstablished().Refuses(Item(due: new DateOnly(1900, 1, 1))).Code);
}
