using Recovery.Grains.ImplementationGroups;
using static Recovery.Grains.Tests.ImplementationGroups.GroupSpec;

namespace Recovery.Grains.Tests.ImplementationGroups;

public sealed class EstablishingGroupSpecs
{
    [Fact]
    public void Establishing_records_name_focus_and_who() =>
        Assert.Equal([new ImplementationGroupEstablished("Myndighed", "Sagsbehandling", "p-mette")],
            Given().When(new EstablishImplementationGroup(" Myndighed ", "Sagsbehandling"), Mette));

    [Fact]
    public void Establishing_twice_changes_nothing() =>
        Assert.Empty(GivenGroup().When(new EstablishImplementationGroup("Bostøtte", "Bostøtte efter § 85"), Mette));

    [Fact]
    public void A_group_needs_a_name() =>
        Assert.Equal(RuleViolation.Codes.Validation, Given().Refuses(new EstablishImplementationGroup(" ", ""), Mette).Code);

    [Fact]
    public void Nothing_but_establishing_works_before_the_group_exists() =>
        Assert.Equal(RuleViolation.Codes.NotFound, Given().Refuses(Activity(), Mette).Code);
}

public sealed class GroupMembershipSpecs
{
    public static TheoryData<string> Governing => ["p-mette", "p-ali", "p-lone"];

    public static TheoryData<string> NotGoverning => ["p-jonas", "p-sara", "p-ib"];

    private static Caller Person(string id) => new[] { Mette, Ali, Jonas, Sara, Leader, Outsider }.Single(c => c.PersonId == id);

    [Theory]
    [MemberData(nameof(Governing))]
    public void The_tovholders_and_leaders_change_membership(string actor) =>
        Assert.Equal([new ImplementationGroupMemberAdded("p-kim", Role.PeerWorker)],
            GivenGroup().When(new AddGroupMember("p-kim", "Kim", Role.PeerWorker), Person(actor)));

    [Theory]
    [MemberData(nameof(NotGoverning))]
    public void Citizens_staff_and_outsiders_do_not_change_membership(string actor)
    {
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(new AddGroupMember("p-kim", "Kim", Role.Staff), Person(actor)).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(new RemoveGroupMember("p-sara"), Person(actor)).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(new AppointTovholder("p-sara"), Person(actor)).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenGroup().Refuses(new SetMandate("Nyt mandat"), Person(actor)).Code);
    }

    [Fact]
    public void Adding_the_same_person_again_changes_nothing() =>
        Assert.Empty(GivenGroup().When(new AddGroupMember("p-jonas", "Jonas", Role.Citizen)));

    [Theory]
    [InlineData(Role.NationalCoordinator)]
    [InlineData(Role.Guest)]
    public void Coordinator_and_guest_are_not_member_roles(Role role) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenGroup().Refuses(new AddGroupMember("p-kim", "Kim", role)).Code);

    [Fact]
    public void The_tovholder_must_be_a_member() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenGroup().Refuses(new AppointTovholder("p-ib"), Mette).Code);

    [Fact]
    public void Removing_the_tovholder_leaves_the_group_without_one()
    {
        var state = GivenGroup().Then(new RemoveGroupMember("p-ali"), Mette);
        Assert.Null(state.TovholderId);
        Assert.False(state.MayGovern(Ali));
    }

    [Fact]
    public void Appointing_the_current_tovholder_again_changes_nothing() =>
        Assert.Empty(GivenGroup().When(new AppointTovholder("p-ali"), Mette));

    [Fact]
    public void The_mandate_is_set_once_per_change()
    {
        var spec = GivenGroup(new ImplementationGroupMandateSet("Gruppen omlægger bostøtten."));
        Assert.Empty(spec.When(new SetMandate(" Gruppen omlægger bostøtten. ")));
        Assert.Equal([new ImplementationGroupMandateSet("Gruppen omlægger bostøtten i 2026.")], spec.When(new SetMandate("Gruppen omlægger bostøtten i 2026.")));
    }

    [Fact]
    public void A_mandate_with_a_cpr_number_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenGroup().Refuses(new SetMandate("Borger 010190-1234 deltager")).Code);
}

public sealed class ReviewFindingSpecs
{
    private static readonly Caller JonasAsTovholder = GroupSpec.Jonas;

    [Fact]
    public void A_citizen_appointed_tovholder_writes_the_mandate_in_her_own_words_and_outsiders_do_not_see_them()
    {
        var spec = GivenGroup(new ImplementationGroupTovholderAppointed("p-jonas"));
        var state = spec.Then(new SetMandate("Vi vil have færre papirer og flere samtaler."), JonasAsTovholder);
        Assert.Equal("Vi vil have færre papirer og flere samtaler.", state.Mandate);
        Assert.Equal("", state.WithheldFromOutsiders().Mandate);
    }

    [Fact]
    public void Setting_up_a_group_under_a_slug_that_another_group_has_is_a_conflict() =>
        Assert.Equal(RuleViolation.Codes.Conflict, GivenGroup().Refuses(new EstablishImplementationGroup("Botilbud", ""), Mette).Code);

    [Fact]
    public void Restoring_a_version_whose_owner_has_left_leaves_the_activity_unowned()
    {
        var earlier = new Activity("a-1", "Café", "", [Principle.NetworkAndCommunities], "p-sara", null, null, PlanItemStatus.Planned, null, null, []);
        var spec = GivenGroup(ActivityAdded(owner: "p-sara"), new ActivityOwnerAssigned("a-1", "p-ali"), new ImplementationGroupMemberRemoved("p-sara"));
        var state = spec.Then(new RestoreActivityTo(new RestoreActivity("a-1", 7), earlier));
        Assert.Equal(("Café", (string?)null), (state.Activity("a-1")!.Title, state.Activity("a-1")!.OwnerId));
    }

    [Fact]
    public void Promoting_a_trial_whose_owner_has_left_makes_an_unowned_activity()
    {
        var spec = GivenGroup(new TrialActionProposed("t-1", "H", "Forsøg", "p-sara", null), new ImplementationGroupMemberRemoved("p-sara"));
        Assert.Null(spec.Then(new PromoteTrialAction("t-1", "a-7", [3])).Activity("a-7")!.OwnerId);
    }
}
