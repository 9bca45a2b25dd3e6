using Marten;
using Recovery.Grains.CitizenMeasures;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class CitizenGrainTests(ClusterFixture fixture)
{
    private static readonly Caller Sofie = new("p-820-sofie", "820", Role.Staff);
    private static readonly Caller Ib = new("p-820-ib", "820", Role.CaseHandler);

    /// <summary>Enrols as Sofie; a caller entered inside this async method does not flow back, so tests enter their own.</summary>
    private async Task<(ICitizenGrain Grain, string Key)> Enrolled(string municipality = "820")
    {
        var key = CitizenKeys.Grain(municipality, CitizenKeys.NewPseudonym());
        var citizen = fixture.Client.GetGrain<ICitizenGrain>(key);
        (Sofie with { Municipality = municipality }).Enter();
        await citizen.Enrol(new EnrolCitizen([]));
        return (citizen, key);
    }

    [Fact]
    public async Task Staff_and_the_citizen_answer_and_the_summary_keeps_one_score_per_period_without_a_name()
    {
        var (citizen, key) = await Enrolled();
        Sofie.Enter();
        await citizen.Answer(new AnswerMeasure(Instrument.Who5, [3, 3, 3, 2, 2], true));
        var code = (await citizen.IssueCode()).Code;
        new Caller(CitizenKeys.Pseudonym(key), "820", Role.Citizen, Scope: key).Enter();
        await citizen.Admit(PersonalCodes.Hash(PersonalCodes.Normalize(code)!));
        await citizen.Answer(new AnswerMeasure(Instrument.Who5, [4, 4, 4, 4, 4], false));
        var own = await citizen.View("citizen");

        Assert.Equal([52, 80], own.Measures.Select(m => m.Score));
        Assert.Empty(own.OwnStaff);
        await using var session = fixture.Store.QuerySession("820");
        var summary = await session.LoadAsync<CitizenSummary>(CitizenKeys.Stream("820", CitizenKeys.Pseudonym(key)), TestContext.Current.CancellationToken);
        Assert.Equal(new PeriodScore(Instrument.Who5, "2026-Q4", 80), Assert.Single(summary!.Scores));
        var entry = await session.LoadAsync<PersonalCodeEntry>(PersonalCodes.Hash(PersonalCodes.Normalize(code)!), TestContext.Current.CancellationToken);
        Assert.Equal(key, entry!.Citizen);
    }

    [Fact]
    public async Task Other_staff_another_municipality_the_coordinator_and_another_citizens_token_see_nothing_and_store_nothing()
    {
        var (citizen, key) = await Enrolled();
        Sofie.Enter();
        await citizen.Answer(new AnswerMeasure(Instrument.BriefInspireO, [2, 2, 2, 2, 2], false));
        var stream = CitizenKeys.Stream("820", CitizenKeys.Pseudonym(key));
        var stored = (await fixture.StoredEvents("820", stream)).Count;
        Caller[] outsiders =
        [
            Ib,
            Callers.Tovholder("820"),
            Callers.Leader("820"),
            new("p-820-sofie", "851", Role.Staff),
            Callers.National,
            new("B-2222AA", "820", Role.Citizen, Scope: "820/citizen/B-2222AA"),
            new("p-820-guest", "820", Role.Guest, Scope: "820/workshop/ws-1"),
        ];
        foreach (var outsider in outsiders)
        {
            outsider.Enter();
            Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.View("citizen"))).Code);
            Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() =>
                citizen.Answer(new AnswerMeasure(Instrument.BriefInspireO, [4, 4, 4, 4, 4], false)))).Code);
        }
        Assert.Equal(stored, (await fixture.StoredEvents("820", stream)).Count);
    }

    [Fact]
    public async Task A_new_code_replaces_the_old_one_which_then_admits_nobody()
    {
        var (citizen, key) = await Enrolled();
        Sofie.Enter();
        var first = PersonalCodes.Hash(PersonalCodes.Normalize((await citizen.IssueCode()).Code)!);
        await citizen.IssueCode();
        new Caller(CitizenKeys.Pseudonym(key), "820", Role.Citizen, Scope: key).Enter();

        Assert.Equal(RuleViolation.Codes.NotFound, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.Admit(first))).Code);
        await using var session = fixture.Store.QuerySession("820");
        Assert.Null(await session.LoadAsync<PersonalCodeEntry>(first, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_personal_code_token_cannot_enrol_or_issue_codes_even_for_itself()
    {
        var (citizen, key) = await Enrolled();
        Sofie.Enter();
        new Caller(CitizenKeys.Pseudonym(key), "820", Role.Citizen, Scope: key).Enter();
        Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.IssueCode())).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.ChangeStaff(new ChangeCitizenStaff(["p-x"])))).Code);
    }
    [Fact]
    public async Task A_read_straight_at_the_grain_is_logged_and_a_refused_one_is_not()
    {
        var (citizen, key) = await Enrolled();
        var pseudonym = CitizenKeys.Pseudonym(key);
        Sofie.Enter();
        await citizen.View("citizen", "Sofie Bech");
        Ib.Enter();
        await Assert.ThrowsAsync<RuleViolation>(() => citizen.View("citizen"));
        Sofie.Enter();
        Assert.Equal(RuleViolation.Codes.Validation, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.View("<script>"))).Code);

        await using var session = fixture.Store.QuerySession("820");
        var reads = await session.Query<CitizenAccessEntry>().Where(e => e.Pseudonym == pseudonym).ToListAsync(TestContext.Current.CancellationToken);
        var read = Assert.Single(reads);
        Assert.Equal(("p-820-sofie", "staff", "citizen"), (read.ReaderId, read.ReaderRole, read.Through));
    }

    [Fact]
    public async Task Only_a_governor_of_the_citizens_own_municipality_erases_and_afterwards_the_citizen_is_gone()
    {
        var (citizen, key) = await Enrolled();
        Sofie.Enter();
        await citizen.Answer(new AnswerMeasure(Instrument.Who5, [3, 3, 3, 2, 2], true));
        foreach (var refused in new[] { Sofie, new Caller("p-1", "657", Role.Tovholder), new Caller("p-n", null, Role.NationalCoordinator),
                     new Caller(CitizenKeys.Pseudonym(key), "820", Role.Citizen, Scope: key) })
        {
            refused.Enter();
            Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.Erase())).Code);
        }

        new Caller("p-820-chef", "820", Role.StrategicLeader).Enter();
        await citizen.Erase();

        Sofie.Enter();
        Assert.Equal(RuleViolation.Codes.NotFound, (await Assert.ThrowsAsync<RuleViolation>(() => citizen.View("citizen"))).Code);
        await using var session = fixture.Store.QuerySession("820");
        Assert.Empty(await session.Events.FetchStreamAsync(CitizenKeys.Stream("820", CitizenKeys.Pseudonym(key)), token: TestContext.Current.CancellationToken));
        Assert.Null(await session.LoadAsync<CitizenSummary>(CitizenKeys.Stream("820", CitizenKeys.Pseudonym(key)), TestContext.Current.CancellationToken));
    }
}
