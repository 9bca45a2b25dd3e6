using Recovery.Grains.Staircase;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class StaircaseGrainTests(ClusterFixture fixture)
{
    private IStaircaseGrain Staircase(string municipality) => fixture.Client.GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(municipality));

    [Fact]
    public async Task Counts_entered_and_imported_are_stored_and_read_back_after_the_grain_wakes_again()
    {
        var staircase = Staircase("730");
        Callers.Tovholder("730").Enter();
        await staircase.SetCount(new SetStepCount("2026K1", "sel-108", 20));
        var version = await staircase.ImportCounts(new ImportStepCounts([new("2026K1", "sel-85", 44), new("2026K2", "sel-108", 18)]));
        Assert.Equal(version, await staircase.ImportCounts(new ImportStepCounts([new("2026K1", "sel-85", 44)])));

        await fixture.Cluster.DeactivateAsync(staircase);
        var view = await Staircase("730").View();

        Assert.Equal(3, view.Version);
        Assert.Equal((20, 44, 18), (view.State.Count("2026K1", "sel-108"), view.State.Count("2026K1", "sel-85"), view.State.Count("2026K2", "sel-108")));
        Assert.Equal(3, (await fixture.StoredEvents("730", StaircaseKeys.Stream("730"))).Count);
    }

    [Fact]
    public async Task Only_those_who_govern_change_figures_the_national_coordinator_reads_and_other_municipalities_get_nothing()
    {
        var staircase = Staircase("740");
        Callers.Leader("740").Enter();
        await staircase.SetKeyFigures(new SetKeyFigures("2026K1", 21.5m, 9m));

        Callers.Citizen("740").Enter();
        var citizen = await Assert.ThrowsAsync<RuleViolation>(() => staircase.SetCount(new SetStepCount("2026K1", "sel-85", 1)));
        Callers.Tovholder("741").Enter();
        var outsiderWrite = await Assert.ThrowsAsync<RuleViolation>(() => staircase.SetCount(new SetStepCount("2026K1", "sel-85", 1)));
        var outsiderRead = await Assert.ThrowsAsync<RuleViolation>(() => staircase.View());
        Callers.National.Enter();
        var national = await staircase.View();
        var nationalWrite = await Assert.ThrowsAsync<RuleViolation>(() => staircase.SetCount(new SetStepCount("2026K1", "sel-85", 1)));

        Assert.All([citizen, outsiderWrite, outsiderRead, nationalWrite], e => Assert.Equal(RuleViolation.Codes.Forbidden, e.Code));
        Assert.Equal(21.5m, national.State.Figures("2026K1").EducationOrEmploymentShare);
        Assert.Single(national.State.KeyFigures);
        Assert.Equal(2, (await fixture.StoredEvents("740", StaircaseKeys.Stream("740"))).Count);
    }

    [Fact]
    public void A_snapshot_of_the_state_reads_back_as_the_same_state()
    {
        var state = new StaircaseEvent[]
        {
            new StaircaseStarted([.. DefaultStaircase.Steps]),
            new StaircaseCountsImported([new("2026K1", "sel-85", 40), new("2026K2", "sel-85", 38)]),
            new StaircaseMovementRecorded("2026K1", "sel-85", "sel-82", 4),
            new KeyFigureSharesSet("2026K1", 21.5m, null),
            new KeyFigureExpenditureSet("2026K1", "sel-108", 26_600_000),
        }.Aggregate(StaircaseState.Initial, StaircaseDecider.Evolve);
        var serializer = fixture.Store.Options.Serializer();

        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(serializer.ToJson(state)));
        var read = (StaircaseState)serializer.FromJson(typeof(StaircaseState), json);

        Assert.Equal(state.Steps, read.Steps);
        Assert.Equal((40, 38), (read.Count("2026K1", "sel-85"), read.Count("2026K2", "sel-85")));
        Assert.Equal(state.Movements, read.Movements);
        Assert.Equal((21.5m, (decimal?)null, 26_600_000L), (read.Figures("2026K1").EducationOrEmploymentShare, read.Figures("2026K1").ReadmissionShare, read.Figures("2026K1").Expenditure["sel-108"]));
    }
}
