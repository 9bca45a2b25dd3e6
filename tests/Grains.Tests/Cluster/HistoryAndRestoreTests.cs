using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.SteeringGroups;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>A plan item through time on the real stream: its history, its state as of a moment, and restoring it by new events.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class HistoryAndRestoreTests(ClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ISteeringGroupGrain Group(string code) => fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code));

    private Task<IReadOnlyList<HistoryEntry>> History(string code) =>
        SteeringGroupHistory.Stream.Entries(fixture.Store, code, SteeringGroupKeys.Stream(code), Ct);

    /// <summary>An item added, then edited twice; returns the version right after it was added.</summary>
    private async Task<long> EditedItem(ISteeringGroupGrain group, string code)
    {
        await group.Establish(new EstablishSteeringGroup());
        await group.AddMember(new AddMember(Callers.Citizen(code).PersonId, "Jonas", Role.Citizen));
        var added = await group.AddPlanItem(Spec.Item("i-1", title: "Første titel", due: new DateOnly(2026, 4, 1)));
        await group.EditPlanItem(new EditPlanItem("i-1", "Anden titel", "", null, new DateOnly(2026, 4, 15), PlanItemStatus.InProgress));
        await group.EditPlanItem(new EditPlanItem("i-1", "Tredje titel", "Nu med tekst", Callers.Citizen(code).PersonId, null, PlanItemStatus.Done));
        return added;
    }

    [Fact]
    public async Task Restoring_an_early_version_brings_the_values_back_by_new_events_that_history_tells_as_a_restore()
    {
        const string code = "269";
        Callers.Tovholder(code).Enter();
        var group = Group(code);
        var added = await EditedItem(group, code);
        var storedBefore = await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code));

        Callers.Citizen(code).Enter();
        var version = await group.RestorePlanItem(new RestorePlanItem("i-1", added));

        var item = (await group.View()).State.Item("i-1")!;
        Assert.Equal(("Første titel", "", null, new DateOnly(2026, 4, 1), PlanItemStatus.Planned), (item.Title, item.Description, item.OwnerId, item.Due, item.Status));
        var stored = await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code));
        Assert.Equal(storedBefore, stored.Take(storedBefore.Count));
        // A marker, five field changes, and the mark a citizen leaves on a title or description they set.
        Assert.Equal(storedBefore.Count + 7, stored.Count);
        Assert.Equal(stored.Count, version);

        var history = (await History(code)).Where(e => e.ItemId == "i-1").ToArray();
        var restore = Assert.Single(history, e => e.Text.StartsWith("gendannede", StringComparison.Ordinal));
        Assert.Equal($"gendannede punktet til versionen fra {{version:{added}}}", restore.Text);
        Assert.Equal((Callers.Citizen(code).PersonId, "citizen"), (restore.ActorId, restore.ActorRole));
        Assert.Equal("omdøbte punktet fra \"Tredje titel\" til \"Første titel\"", history[^5].Text);
        Assert.Equal("tilføjede punktet \"Første titel\"", history[0].Text);
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.True(pair.First.Version < pair.Second.Version && pair.First.At <= pair.Second.At));
    }

    [Fact]
    public async Task Restoring_twice_or_to_a_version_without_the_item_stores_nothing()
    {
        const string code = "270";
        Callers.Tovholder(code).Enter();
        var group = Group(code);
        var added = await EditedItem(group, code);
        var restored = await group.RestorePlanItem(new RestorePlanItem("i-1", added));
        var count = (await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code))).Count;

        Assert.Equal(restored, await group.RestorePlanItem(new RestorePlanItem("i-1", added)));
        Assert.Equal(RuleViolation.Codes.NotFound,
            (await Assert.ThrowsAsync<RuleViolation>(() => group.RestorePlanItem(new RestorePlanItem("i-1", added - 1)))).Code);
        Assert.Equal(RuleViolation.Codes.NotFound,
            (await Assert.ThrowsAsync<RuleViolation>(() => group.RestorePlanItem(new RestorePlanItem("i-1", restored + 10)))).Code);
        Callers.Tovholder("657").Enter();
        Assert.Equal(RuleViolation.Codes.Forbidden,
            (await Assert.ThrowsAsync<RuleViolation>(() => group.RestorePlanItem(new RestorePlanItem("i-1", added)))).Code);
        Assert.Equal(count, (await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code))).Count);
    }

    [Fact]
    public async Task The_state_as_of_a_commits_own_timestamp_is_the_state_right_after_that_commit()
    {
        const string code = "400";
        Callers.Tovholder(code).Enter();
        var group = Group(code);
        var added = await EditedItem(group, code);
        var history = await History(code);
        // Each command was its own commit; PostgreSQL stamped each, so the boundary needs no sleeping.
        var addedAt = history.Single(e => e.Version == added).At;

        var (asOf, version) = await SteeringGroupHistory.Stream.AsOf(fixture.Store, code, SteeringGroupKeys.Stream(code), addedAt, Ct);
        var (atVersion, _) = await SteeringGroupHistory.Stream.At(fixture.Store, code, SteeringGroupKeys.Stream(code), added, Ct);

        Assert.Equal(added, version);
        Assert.Equal("Første titel", asOf.Item("i-1")!.Title);
        StateAssert.Same(atVersion, asOf);
        var (before, _) = await SteeringGroupHistory.Stream.AsOf(fixture.Store, code, SteeringGroupKeys.Stream(code), addedAt.AddTicks(-10), Ct);
        Assert.Null(before.Item("i-1"));
        var (now, _) = await SteeringGroupHistory.Stream.AsOf(fixture.Store, code, SteeringGroupKeys.Stream(code), DateTimeOffset.UtcNow.AddMinutes(1), Ct);
        StateAssert.Same((await group.View()).State, now);
    }
}
