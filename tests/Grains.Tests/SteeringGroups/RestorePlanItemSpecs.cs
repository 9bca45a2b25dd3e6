using Recovery.Grains.SteeringGroups;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class RestorePlanItemSpecs
{
    private static readonly DevelopmentPlanItem Earlier =
        new("i-1", OrganisationalPrerequisite.PoliticalFocus, "Status til udvalget", "", null, null, PlanItemStatus.Planned);

    private static Spec Edited() => GivenEstablished(ItemAdded(),
        new DevelopmentPlanItemRetitled("i-1", "Ny titel"),
        new DevelopmentPlanItemOwnerAssigned("i-1", "p-jonas"),
        new DevelopmentPlanItemRescheduled("i-1", new DateOnly(2027, 4, 15)),
        new DevelopmentPlanItemStatusChanged("i-1", PlanItemStatus.InProgress));

    private static RestorePlanItemTo Restore(DevelopmentPlanItem? earlier, long version = 4) => new(new RestorePlanItem("i-1", version), earlier);

    [Fact]
    public void Restoring_emits_a_marker_and_the_field_changes_an_edit_back_would_make() =>
        Assert.Equal(
            [new DevelopmentPlanItemRestored("i-1", 4),
             new DevelopmentPlanItemRetitled("i-1", "Status til udvalget"),
             new DevelopmentPlanItemOwnerAssigned("i-1", null),
             new DevelopmentPlanItemRescheduled("i-1", null),
             new DevelopmentPlanItemStatusChanged("i-1", PlanItemStatus.Planned)],
            Edited().When(Restore(Earlier)));

    [Fact]
    public void After_a_restore_the_item_is_as_it_was() =>
        Assert.Equal(Earlier, Assert.Single(Edited().Then(Restore(Earlier)).Plan));

    [Fact]
    public void Restoring_to_the_current_values_changes_nothing() =>
        Assert.Empty(GivenEstablished(ItemAdded()).When(Restore(Earlier)));

    [Fact]
    public void Restoring_to_a_version_where_the_item_did_not_exist_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, Edited().Refuses(Restore(null, version: 2)).Code);

    [Fact]
    public void Restoring_an_item_that_does_not_exist_now_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenEstablished().Refuses(Restore(Earlier)).Code);

    [Fact]
    public void Someone_outside_the_group_cannot_restore() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, Edited().Refuses(Restore(Earlier), Staff).Code);

    [Fact]
    public void A_citizen_member_restores_on_equal_terms() =>
        Assert.NotEmpty(Edited().When(Restore(Earlier), Citizen));

    [Fact]
    public void An_earlier_owner_who_has_left_the_group_is_not_restored_as_owner() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenEstablished(ItemAdded(owner: "p-jonas"),
                new DevelopmentPlanItemOwnerAssigned("i-1", "p-mette"), new SteeringGroupMemberRemoved("p-jonas"))
            .Refuses(Restore(Earlier with { OwnerId = "p-jonas" })).Code);
}
