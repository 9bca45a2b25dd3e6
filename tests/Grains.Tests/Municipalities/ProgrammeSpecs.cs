using Recovery.Grains.Municipalities;
using static Recovery.Grains.Tests.Municipalities.ProgrammeSpec;

namespace Recovery.Grains.Tests.Municipalities;

public sealed class JoiningSpecs
{
    [Fact]
    public void Joining_records_who_joined_and_when() =>
        Assert.Equal([new ProgrammeJoined("p-birgitte", Now)], Given().When(new JoinProgramme()));

    [Fact]
    public void A_joined_municipality_starts_in_the_start_up_phase_with_nothing_ticked_and_citizen_text_unshared()
    {
        var programme = Given().Then(new JoinProgramme(), National);
        Assert.Equal((true, "p-lars", Now, ProgrammePhase.StartUp), (programme.Joined, programme.JoinedBy, programme.JoinedAt, programme.Phase));
        Assert.Empty(programme.Ticks);
        Assert.False(programme.SharesCitizenText);
    }

    [Fact]
    public void Joining_twice_changes_nothing() =>
        Assert.Empty(GivenJoined(new ProgrammePhaseChanged(ProgrammePhase.StartUp, ProgrammePhase.Analysis)).When(new JoinProgramme(), National));

    public static TheoryData<MunicipalityCommand> CommandsButJoining() =>
    [
        new ChangeProgrammePhase(ProgrammePhase.Analysis),
        new TickChecklistItem(ChecklistItem.SteeringGroup, true),
        new TickChecklistItem(ChecklistItem.SteeringGroup, false),
        new ShareCitizenText(true),
    ];

    [Theory]
    [MemberData(nameof(CommandsButJoining))]
    public void Nothing_but_joining_works_before_the_municipality_has_joined(MunicipalityCommand command)
    {
        var refusal = Given().Refuses(command);
        Assert.Equal(RuleViolation.Codes.Refused, refusal.Code);
        Assert.Contains("ikke tilmeldt programmet", refusal.Message);
    }
}

public sealed class PhaseSpecs
{
    [Fact]
    public void Moving_forward_records_from_and_to() =>
        Assert.Equal([new ProgrammePhaseChanged(ProgrammePhase.StartUp, ProgrammePhase.Analysis)],
            GivenJoined().When(new ChangeProgrammePhase(ProgrammePhase.Analysis), Tovholder));

    [Fact]
    public void Moving_back_is_allowed()
    {
        var programme = GivenJoined(new ProgrammePhaseChanged(ProgrammePhase.StartUp, ProgrammePhase.TrialAndDevelopment))
            .Then(new ChangeProgrammePhase(ProgrammePhase.Analysis));
        Assert.Equal(ProgrammePhase.Analysis, programme.Phase);
    }

    [Fact]
    public void Moving_to_the_current_phase_changes_nothing_so_a_retry_is_harmless() =>
        Assert.Empty(GivenJoined(new ProgrammePhaseChanged(ProgrammePhase.StartUp, ProgrammePhase.Reporting))
            .When(new ChangeProgrammePhase(ProgrammePhase.Reporting), National));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_phase_that_does_not_exist_is_refused(int phase) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenJoined().Refuses(new ChangeProgrammePhase((ProgrammePhase)phase)).Code);

    [Fact]
    public void The_phases_are_the_four_of_the_programme_in_order() =>
        Assert.Equal(["Opstart", "Analyse", "Afprøvning og udvikling", "Afrapportering og formidling"],
            ProgrammePhases.All.Select(p => p.DanishTitle()));
}

public sealed class ChecklistSpecs
{
    [Fact]
    public void Ticking_keeps_who_ticked_and_when()
    {
        var programme = GivenJoined().Then(new TickChecklistItem(ChecklistItem.TemperatureMeasurement, true), Tovholder);
        Assert.Equal([new ChecklistTick(ChecklistItem.TemperatureMeasurement, "p-mette", Now)], programme.Ticks);
    }

    [Fact]
    public void Ticking_a_ticked_item_again_changes_nothing_and_keeps_the_first_ticker() =>
        Assert.Empty(GivenJoined(new ChecklistItemTicked(ChecklistItem.SteeringGroup, "p-mette", Now.AddDays(-1)))
            .When(new TickChecklistItem(ChecklistItem.SteeringGroup, true), Leader));

    [Fact]
    public void Unticking_removes_the_tick_and_only_that_one()
    {
        var programme = GivenJoined(
                new ChecklistItemTicked(ChecklistItem.SteeringGroup, "p-mette", Now),
                new ChecklistItemTicked(ChecklistItem.PrerequisitesPlan, "p-mette", Now))
            .Then(new TickChecklistItem(ChecklistItem.SteeringGroup, false));
        Assert.Equal([ChecklistItem.PrerequisitesPlan], programme.Ticks.Select(t => t.Item));
    }

    [Fact]
    public void Unticking_an_unticked_item_changes_nothing() =>
        Assert.Empty(GivenJoined().When(new TickChecklistItem(ChecklistItem.CitizensRepresented, false)));

    [Fact]
    public void Ticking_after_unticking_keeps_the_new_ticker_and_time()
    {
        var programme = GivenJoined(
                new ChecklistItemTicked(ChecklistItem.SteeringGroup, "p-mette", Now.AddDays(-2)),
                new ChecklistItemUnticked(ChecklistItem.SteeringGroup))
            .Then(new TickChecklistItem(ChecklistItem.SteeringGroup, true), Leader);
        Assert.Equal(new ChecklistTick(ChecklistItem.SteeringGroup, "p-birgitte", Now), Assert.Single(programme.Ticks));
    }

    [Fact]
    public void An_item_that_is_not_on_the_checklist_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenJoined().Refuses(new TickChecklistItem((ChecklistItem)6, true)).Code);

    [Fact]
    public void The_checklist_is_the_guides_five_items() =>
        Assert.Equal(
            ["Nedsæt en styregruppe", "Nedsæt en eller flere implementeringsgrupper",
             "Sørg for, at borgerne er repræsenteret og klædt på til arbejdet i grupperne",
             "Lav en temperaturmåling af jeres organisation og drøft resultaterne i grupperne",
             "Lav en plan for, hvordan I vil styrke jeres organisatoriske forudsætninger"],
            ChecklistItems.All.Select(i => i.DanishTitle()));
}

public sealed class CitizenTextSharingSpecs
{
    [Fact]
    public void The_strategic_leader_shares_citizen_text_with_the_national_coordinator()
    {
        var programme = GivenJoined().Then(new ShareCitizenText(true));
        Assert.True(programme.SharesCitizenText);
    }

    [Fact]
    public void Sharing_can_be_withdrawn() =>
        Assert.False(GivenJoined(new CitizenTextSharingChanged(true)).Then(new ShareCitizenText(false)).SharesCitizenText);

    [Fact]
    public void Setting_the_current_value_changes_nothing() =>
        Assert.Empty(GivenJoined().When(new ShareCitizenText(false)));

    [Fact]
    public void The_tovholder_passes_the_grain_boundary_but_the_decider_refuses_with_a_danish_reason()
    {
        var refusal = GivenJoined().Refuses(new ShareCitizenText(true), Tovholder);
        Assert.Equal(RuleViolation.Codes.Forbidden, refusal.Code);
        Assert.Contains("strategiske leder", refusal.Message);
    }
}

/// <summary>Who may do what, role by role, through both the grain boundary's access rule and the decider.</summary>
public sealed class ProgrammeRoleSpecs
{
    public enum Who { Leader, Tovholder, Citizen, Staff, ProfessionalLeader, OtherMunicipalitysLeader, National, Guest }

    private static Caller Of(Who who) => who switch
    {
        Who.Leader => Leader,
        Who.Tovholder => Tovholder,
        Who.Citizen => Citizen,
        Who.Staff => Staff,
        Who.ProfessionalLeader => ProfessionalLeader,
        Who.OtherMunicipalitysLeader => OtherLeader,
        Who.National => National,
        _ => Guest,
    };

    private static readonly Who[] Everyone = Enum.GetValues<Who>();

    private static void OnlyThesePermitted(ProgrammeSpec spec, MunicipalityCommand command, params Who[] permitted) =>
        Assert.Equal(permitted.Order(), Everyone.Where(who => spec.Permits(command, Of(who))).Order());

    [Fact]
    public void Only_the_own_strategic_leader_and_the_national_coordinator_join() =>
        OnlyThesePermitted(Given(), new JoinProgramme(), Who.Leader, Who.National);

    [Fact]
    public void The_own_strategic_leader_tovholder_and_the_national_coordinator_change_the_phase() =>
        OnlyThesePermitted(GivenJoined(), new ChangeProgrammePhase(ProgrammePhase.Analysis), Who.Leader, Who.Tovholder, Who.National);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_own_strategic_leader_and_tovholder_tick_and_untick(bool ticked) =>
        OnlyThesePermitted(GivenJoined(new ChecklistItemTicked(ChecklistItem.ImplementationGroups, "p-mette", Now)),
            new TickChecklistItem(ChecklistItem.ImplementationGroups, ticked), Who.Leader, Who.Tovholder);

    [Fact]
    public void Only_the_own_strategic_leader_decides_on_sharing_citizen_text() =>
        OnlyThesePermitted(GivenJoined(), new ShareCitizenText(true), Who.Leader);
}
