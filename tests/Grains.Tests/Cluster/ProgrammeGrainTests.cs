using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>The programme on the municipality grain, on the test cluster with PostgreSQL and a hand-moved clock.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class ProgrammeGrainTests(ClusterFixture fixture)
{
    private IMunicipalityGrain Municipality(string code) => fixture.Client.GetGrain<IMunicipalityGrain>(code);

    private static string Stream(string code) => $"municipality:{code}";

    [Fact]
    public async Task The_strategic_leader_joins_and_ticks_and_who_and_when_survive_deactivation()
    {
        var grain = Municipality("165");
        Callers.Leader("165").Enter();
        await grain.JoinProgramme(new JoinProgramme());
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var tickedAt = fixture.Clock.GetUtcNow();
        Callers.Tovholder("165").Enter();
        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true));
        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.TemperatureMeasurement, true));
        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.TemperatureMeasurement, false));
        await grain.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Analysis));

        await fixture.Cluster.DeactivateAsync(grain);
        Callers.Citizen("165").Enter();
        var view = await grain.View();

        var programme = view.State.Programme;
        Assert.True(programme.Joined);
        Assert.Equal(Callers.Leader("165").PersonId, programme.JoinedBy);
        Assert.Equal(ProgrammePhase.Analysis, programme.Phase);
        Assert.Equal([new ChecklistTick(ChecklistItem.SteeringGroup, Callers.Tovholder("165").PersonId, tickedAt)], programme.Ticks);
        Assert.Equal(5, view.Version);
        Assert.Equal(view.Version, (await fixture.StoredEvents("165", Stream("165"))).Count);
    }

    [Fact]
    public async Task Retrying_commands_that_took_effect_stores_nothing()
    {
        var grain = Municipality("167");
        Callers.National.Enter();
        var joined = await grain.JoinProgramme(new JoinProgramme());
        Callers.Leader("167").Enter();
        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.PrerequisitesPlan, true));
        await grain.ShareCitizenText(new ShareCitizenText(true));
        var version = await grain.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Reporting));

        Assert.Equal(1, joined);
        Assert.Equal(version, await grain.JoinProgramme(new JoinProgramme()));
        Assert.Equal(version, await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.PrerequisitesPlan, true)));
        Assert.Equal(version, await grain.ShareCitizenText(new ShareCitizenText(true)));
        Assert.Equal(version, await grain.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Reporting)));
        Assert.Equal(version, (await fixture.StoredEvents("167", Stream("167"))).Count);
        Assert.Equal(Callers.National.PersonId, (await grain.View()).State.Programme.JoinedBy);
    }

    public enum Refusal
    {
        TovholderJoins, CitizenJoins, CitizenTicks, CitizenMovesThePhase, TovholderSharesCitizenText,
        NationalCoordinatorTicks, NationalCoordinatorSharesCitizenText,
        OtherMunicipalitysLeaderJoins, OtherMunicipalitysLeaderTicks, OtherMunicipalitysLeaderMovesThePhase, OtherMunicipalitysLeaderSharesCitizenText,
    }

    /// <summary>Each case on its own municipality, so no case sees another's events.</summary>
    private static readonly string[] RefusalCodes = ["306", "316", "320", "326", "329", "340", "350", "360", "370", "376", "390"];

    [Theory]
    [InlineData(Refusal.TovholderJoins)]
    [InlineData(Refusal.CitizenJoins)]
    [InlineData(Refusal.CitizenTicks)]
    [InlineData(Refusal.CitizenMovesThePhase)]
    [InlineData(Refusal.TovholderSharesCitizenText)]
    [InlineData(Refusal.NationalCoordinatorTicks)]
    [InlineData(Refusal.NationalCoordinatorSharesCitizenText)]
    [InlineData(Refusal.OtherMunicipalitysLeaderJoins)]
    [InlineData(Refusal.OtherMunicipalitysLeaderTicks)]
    [InlineData(Refusal.OtherMunicipalitysLeaderMovesThePhase)]
    [InlineData(Refusal.OtherMunicipalitysLeaderSharesCitizenText)]
    public async Task A_refused_caller_gets_a_danish_FORBIDDEN_and_nothing_is_stored(Refusal refusal)
    {
        var code = RefusalCodes[(int)refusal];
        var grain = Municipality(code);
        Func<Task<long>> join = () => grain.JoinProgramme(new JoinProgramme());
        Func<Task<long>> tick = () => grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true));
        Func<Task<long>> move = () => grain.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Analysis));
        Func<Task<long>> share = () => grain.ShareCitizenText(new ShareCitizenText(true));
        var otherLeader = Callers.Leader("657");
        var (caller, command) = refusal switch
        {
            Refusal.TovholderJoins => (Callers.Tovholder(code), join),
            Refusal.CitizenJoins => (Callers.Citizen(code), join),
            Refusal.CitizenTicks => (Callers.Citizen(code), tick),
            Refusal.CitizenMovesThePhase => (Callers.Citizen(code), move),
            Refusal.TovholderSharesCitizenText => (Callers.Tovholder(code), share),
            Refusal.NationalCoordinatorTicks => (Callers.National, tick),
            Refusal.NationalCoordinatorSharesCitizenText => (Callers.National, share),
            Refusal.OtherMunicipalitysLeaderJoins => (otherLeader, join),
            Refusal.OtherMunicipalitysLeaderTicks => (otherLeader, tick),
            Refusal.OtherMunicipalitysLeaderMovesThePhase => (otherLeader, move),
            _ => (otherLeader, share),
        };
        // Joined by its own leader first, unless joining is what is refused: the refusal must be about the role.
        if (command != join)
        {
            Callers.Leader(code).Enter();
            await join();
        }
        var before = (await fixture.StoredEvents(code, Stream(code))).Count;

        caller.Enter();
        var violation = await Assert.ThrowsAsync<RuleViolation>(command);

        Assert.Equal(RuleViolation.Codes.Forbidden, violation.Code);
        Assert.Matches("(adgang|strategiske leder)", violation.Message);
        Assert.Equal(before, (await fixture.StoredEvents(code, Stream(code))).Count);
    }

    [Fact]
    public async Task Another_municipalitys_person_cannot_even_read_the_programme()
    {
        Callers.Leader("657").Enter();
        var refusal = await Assert.ThrowsAsync<RuleViolation>(() => Municipality("175").View());
        Assert.Equal("Du har ikke adgang til en anden kommunes data.", refusal.Message);
    }

    [Fact]
    public async Task A_command_before_joining_is_refused_with_a_danish_reason_and_nothing_is_stored()
    {
        Callers.Tovholder("183").Enter();
        var refusal = await Assert.ThrowsAsync<RuleViolation>(() =>
            Municipality("183").TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true)));
        Assert.Equal(RuleViolation.Codes.Refused, refusal.Code);
        Assert.Empty(await fixture.StoredEvents("183", Stream("183")));
    }

    [Fact]
    public async Task The_tickers_name_from_the_sign_in_goes_to_the_directory_with_the_tick_and_only_with_it()
    {
        var grain = Municipality("185");
        Callers.Leader("185").Enter();
        await grain.JoinProgramme(new JoinProgramme());
        Callers.Tovholder("185").Enter();

        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true, " Mette Lund "));
        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true, "Et andet navn"));
        await grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.ImplementationGroups, true, new string('x', FreeText.NameMax + 1)));

        await using var session = fixture.Store.QuerySession("185");
        var entry = await session.LoadAsync<PersonEntry>(Callers.Tovholder("185").PersonId, TestContext.Current.CancellationToken);
        Assert.Equal("Mette Lund", entry?.Name);
        Assert.Equal(2, (await grain.View()).State.Programme.Ticks.Count);
    }
}
