using Recovery.Grains.Municipalities;

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

    public static TheoryData<string, int> RefusedCallers() => new()
    {
        { "tovholder joins", 0 }, { "citizen joins", 1 }, { "citizen ticks", 2 }, { "citizen moves the phase", 3 },
        { "tovholder shares citizen text", 4 }, { "national coordinator ticks", 5 }, { "national coordinator shares citizen text", 6 },
        { "another municipality's leader joins", 7 }, { "another municipality's leader ticks", 8 },
        { "another municipality's leader moves the phase", 9 }, { "another municipality's leader shares citizen text", 10 },
    };

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task A_refused_caller_gets_a_danish_FORBIDDEN_and_nothing_is_stored(string why, int which)
    {
        // Each case on its own municipality: joined by its leader first, except where joining is what is refused.
        var code = new[] { "306", "316", "320", "326", "329", "340", "350", "360", "370", "376", "390" }[which];
        var grain = Municipality(code);
        if (!why.EndsWith("joins"))
        {
            Callers.Leader(code).Enter();
            await grain.JoinProgramme(new JoinProgramme());
        }
        var before = (await fixture.StoredEvents(code, Stream(code))).Count;

        var (caller, command) = which switch
        {
            0 => (Callers.Tovholder(code), (Func<Task<long>>)(() => grain.JoinProgramme(new JoinProgramme()))),
            1 => (Callers.Citizen(code), () => grain.JoinProgramme(new JoinProgramme())),
            2 => (Callers.Citizen(code), () => grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true))),
            3 => (Callers.Citizen(code), () => grain.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Analysis))),
            4 => (Callers.Tovholder(code), () => grain.ShareCitizenText(new ShareCitizenText(true))),
            5 => (Callers.National, () => grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true))),
            6 => (Callers.National, () => grain.ShareCitizenText(new ShareCitizenText(true))),
            7 => (Callers.Leader("657"), () => grain.JoinProgramme(new JoinProgramme())),
            8 => (Callers.Leader("657"), () => grain.TickChecklistItem(new TickChecklistItem(ChecklistItem.SteeringGroup, true))),
            9 => (Callers.Leader("657"), () => grain.ChangeProgrammePhase(new ChangeProgrammePhase(ProgrammePhase.Analysis))),
            _ => (Callers.Leader("657"), () => grain.ShareCitizenText(new ShareCitizenText(true))),
        };
        caller.Enter();
        var refusal = await Assert.ThrowsAsync<RuleViolation>(command);

        Assert.Equal(RuleViolation.Codes.Forbidden, refusal.Code);
        Assert.Matches("(adgang|strategiske leder)", refusal.Message);
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
}
