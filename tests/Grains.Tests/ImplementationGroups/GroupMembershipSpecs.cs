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
        Assert.Empty(GivenGroup().When(new EstablishImplementationGroup("Bostøtte", ""), Mette));

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
