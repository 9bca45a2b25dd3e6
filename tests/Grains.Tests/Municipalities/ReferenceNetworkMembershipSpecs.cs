using Recovery.Grains.Municipalities;
using static Recovery.Grains.Tests.Municipalities.ProgrammeSpec;

namespace Recovery.Grains.Tests.Municipalities;

public sealed class ReferenceNetworkMembershipSpecs
{
    [Fact]
    public void The_strategic_leader_opts_in_and_it_is_recorded_who_and_when() =>
        Assert.Equal([new ReferenceNetworkJoined("p-birgitte", Now)], Given().When(new JoinReferenceNetwork()));

    [Fact]
    public void A_municipality_outside_the_programme_may_still_join_the_network() =>
        Assert.True(Given().Then(new JoinReferenceNetwork()).ReferenceNetworkMember);

    [Fact]
    public void Joining_twice_changes_nothing() =>
        Assert.Empty(Given(new ReferenceNetworkJoined("p-birgitte", Now)).When(new JoinReferenceNetwork()));

    [Fact]
    public void Leaving_ends_membership_and_leaving_again_changes_nothing()
    {
        var member = Given(new ReferenceNetworkJoined("p-birgitte", Now.AddDays(-3)));
        Assert.Equal([new ReferenceNetworkLeft("p-birgitte", Now)], member.When(new LeaveReferenceNetwork()));
        Assert.False(member.Then(new LeaveReferenceNetwork()).ReferenceNetworkMember);
        Assert.Empty(Given().When(new LeaveReferenceNetwork()));
    }

    [Fact]
    public void A_municipality_that_left_can_join_again() =>
        Assert.True(Given(new ReferenceNetworkJoined("p-birgitte", Now.AddDays(-9)), new ReferenceNetworkLeft("p-birgitte", Now.AddDays(-3)))
            .Then(new JoinReferenceNetwork()).ReferenceNetworkMember);

    public static TheoryData<MunicipalityCommand> Commands() => [new JoinReferenceNetwork(), new LeaveReferenceNetwork()];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Only_the_own_strategic_leader_decides_not_the_tovholder_nor_the_national_coordinator(MunicipalityCommand command)
    {
        var spec = Given(command is LeaveReferenceNetwork ? [new ReferenceNetworkJoined("p-birgitte", Now)] : []);
        Caller[] everyone = [Leader, Tovholder, Citizen, Staff, ProfessionalLeader, OtherLeader, National, Guest];
        Assert.Equal([Leader], everyone.Where(c => spec.Permits(command, c)));
        Assert.Contains("strategiske leder", spec.Refuses(command, Tovholder).Message);
    }
}
