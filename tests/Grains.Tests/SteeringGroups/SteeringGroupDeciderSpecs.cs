using Recovery.Grains.SteeringGroups;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class EstablishingSpecs
{
    [Fact]
    public void Establishing_records_who_established_the_group() =>
        Assert.Equal([new SteeringGroupEstablished("p-mette")], Given().When(new EstablishSteeringGroup()));

    [Fact]
    public void Establishing_twice_changes_nothing() =>
        Assert.Empty(GivenEstablished().When(new EstablishSteeringGroup()));

    [Fact]
    public void Nothing_but_establishing_works_before_the_group_exists() =>
        Assert.Equal(RuleViolation.Codes.Refused, Given().Refuses(new AddMember("p-sara", "Sara", Role.Staff)).Code);
}

public sealed class MembershipSpecs
{
    [Fact]
    public void Adding_a_member_records_person_id_and_role_but_not_the_name()
    {
        var events = GivenEstablished().When(new AddMember("p-sara", "Sara Nielsen", Role.Staff));
        Assert.Equal([new SteeringGroupMemberAdded("p-sara", Role.Staff)], events);
    }

    [Fact]
    public void Adding_the_same_person_again_changes_nothing() =>
        Assert.Empty(GivenEstablished().When(new AddMember("p-jonas", "Jonas Holm", Role.Citizen)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_member_needs_a_name(string name) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenEstablished().Refuses(new AddMember("p-sara", name, Role.Staff)).Code);

    [Fact]
    public void A_name_over_the_limit_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenEstablished().Refuses(new AddMember("p-sara", new string('a', FreeText.NameMax + 1), Role.Staff)).Code);

    [Fact]
    public void The_national_coordinator_is_not_a_member_role() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenEstablished().Refuses(new AddMember("p-lars", "Lars", Role.NationalCoordinator)).Code);

    [Fact]
    public void A_forged_person_id_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenEstablished().Refuses(new AddMember("p-1; drop table", "Sara", Role.Staff)).Code);

    [Fact]
    public void Removing_a_member_removes_only_that_member()
    {
        var state = GivenEstablished().Then(new RemoveMember("p-jonas"));
        Assert.Equal(["p-mette"], state.Members.Select(m => m.PersonId));
    }

    [Fact]
    public void Removing_someone_already_removed_changes_nothing() =>
        Assert.Empty(GivenEstablished(new SteeringGroupMemberRemoved("p-jonas")).When(new RemoveMember("p-jonas")));

    [Fact]
    public void Removing_someone_who_never_was_a_member_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenEstablished().Refuses(new RemoveMember("p-stranger")).Code);
}

public sealed class DecisionSpecs
{
    [Fact]
    public void A_decision_is_logged_with_its_rationale_author_and_time()
    {
        var events = GivenEstablished().When(new RecordDecision("d-1", " Borgere deltager lønnet ", "Intet om os uden os"));
        Assert.Equal([new SteeringDecisionRecorded("d-1", "Borgere deltager lønnet", "Intet om os uden os", "p-mette", Now)], events);
    }

    [Fact]
    public void Recording_the_same_decision_again_changes_nothing() =>
        Assert.Empty(GivenEstablished(new SteeringDecisionRecorded("d-1", "x", "", "p-mette", Now))
            .When(new RecordDecision("d-1", "x", "")));

    [Fact]
    public void A_decision_needs_a_title() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenEstablished().Refuses(new RecordDecision("d-1", "", "")).Code);

    [Fact]
    public void A_rationale_over_the_limit_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenEstablished().Refuses(new RecordDecision("d-1", "Titel", new string('x', FreeText.LongTextMax + 1))).Code);

    [Fact]
    public void A_cpr_number_never_enters_the_decision_log() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenEstablished().Refuses(new RecordDecision("d-1", "Sag om 010180-1234", "")).Code);
}
