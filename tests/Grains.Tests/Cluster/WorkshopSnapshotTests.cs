using Marten;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>
/// A workshop with more steps than one snapshot interval reactivates from its snapshot to the room it
/// was, still knows the op ids sequenced before the snapshot, and still answers a client catching up
/// from before it.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class WorkshopSnapshotTests(ClusterFixture fixture)
{
    private const int Proposals = WorkshopSnapshots.Interval + 100;
    private const int Tail = 50;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Room(IWorkshopGrain Grain, string Stream, List<(Proposal Proposal, long Revision)> Sent)
    {
        public long Revision => Sent[^1].Revision;
    }

    /// <summary>Opened on one plan item, then a run of typing into its description and changes of its status, all stored; the last <see cref="Tail"/> after the snapshot.</summary>
    private async Task<Room> LongWorkshop(string code)
    {
        await fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code)).Establish(new EstablishSteeringGroup());
        await fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code)).AddPlanItem(Spec.Item(description: "Start"));
        var grain = fixture.Client.GetGrain<IWorkshopGrain>(WorkshopKeys.Grain(code, "ws-1"));
        await grain.Schedule(new ScheduleWorkshop("Planværksted", fixture.Clock.GetUtcNow().AddDays(1), ["Velkomst"]));
        var revision = (await grain.Open()).Version;
        var room = new Room(grain, WorkshopKeys.Stream(code, "ws-1"), []);
        for (var i = 0; i < Proposals; i++)
        {
            RoomCommand command = i % 10 == 9
                ? new ChangeField("i-1", ItemFields.Status, i % 20 == 9 ? "inProgress" : "planned")
                : new EditText("i-1", ItemFields.Description, new TextOperationBuilder().Retain("Start".Length + i - i / 10).Insert("æ").Build());
            var proposal = new Proposal($"op-{i}", revision, command);
            revision = (await grain.Submit(proposal)).Revision;
            room.Sent.Add((proposal, revision));
            // Stored past the interval here, so the snapshot lies before the last Tail steps.
            if (i == Proposals - Tail - 1) await Stored(room);
        }
        await Stored(room);
        return room;
    }

    /// <summary>Waits (bounded) until the journal says every step is in PostgreSQL.</summary>
    private static async Task Stored(Room room)
    {
        for (var waited = 0; (await room.Grain.CatchUp(room.Revision, pending: false)).Saved < room.Revision; waited += 50)
        {
            if (waited > 30_000) throw new TimeoutException("The workshop's steps were not stored within 30 s.");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>The whole room as a client joining now receives it.</summary>
    private static async Task<string> View(Room room) =>
        System.Text.Json.JsonSerializer.Serialize((await room.Grain.CatchUp(long.MaxValue, pending: false)).Snapshot);

    private string Json(WorkshopState state) => fixture.Store.Options.Serializer().ToJson(state);

    private async Task<WorkshopState> FoldOfSteps(string code, Room room, long through)
    {
        await using var session = fixture.Store.QuerySession(code);
        var stored = await session.Events.FetchStreamAsync(room.Stream, version: through, token: Ct);
        return stored.Select(e => new WorkshopStep(e.Version, e.UserName, e.Headers?.GetValueOrDefault("op")?.ToString(), (WorkshopEvent)e.Data))
            .Aggregate(WorkshopState.Initial, WorkshopDecider.Evolve);
    }

    [Fact]
    public async Task A_long_workshop_reactivates_from_its_snapshot_to_the_same_room_and_still_knows_resends_and_recent_steps()
    {
        const string code = "461";
        Callers.Tovholder(code).Enter();
        var room = await LongWorkshop(code);
        var before = await View(room);

        var snapshot = (await fixture.StoredSnapshot(code, room.Stream))!;
        Assert.InRange(snapshot.Version, WorkshopSnapshots.Interval, room.Revision - Tail);
        Assert.Equal(StateShape.Of(typeof(WorkshopState)), snapshot.Shape);
        // The snapshot is exactly the fold of the steps up to its version, authors and op ids included.
        Assert.True(snapshot.TryRead<WorkshopState>(fixture.Store, out var read));
        Assert.Equal(Json(await FoldOfSteps(code, room, snapshot.Version)), Json(read));

        await fixture.Cluster.DeactivateAsync(room.Grain);
        Callers.Tovholder(code).Enter();
        Assert.Equal(before, await View(room));

        // A resend of a proposal sequenced before the snapshot gets its first revision, and adds no step.
        var (early, earlyRevision) = room.Sent.First(s => s.Revision < snapshot.Version - 10);
        Assert.Equal(new Submitted(earlyRevision, Duplicate: true), await room.Grain.Submit(early));
        Assert.Equal(new Submitted(room.Revision, Duplicate: true), await room.Grain.Submit(room.Sent[^1].Proposal));

        // A client last in step before the snapshot gets every step since, in order, as stored.
        var since = snapshot.Version - 300;
        var caught = await room.Grain.CatchUp(since, pending: true);
        Assert.Equal(room.Revision, caught.Revision);
        Assert.Equal(Enumerable.Range((int)since + 1, (int)(room.Revision - since)).Select(r => (long)r), caught.Steps!.Value.Select(s => s.Revision));
        Assert.Equal(room.Sent.Where(s => s.Revision > since).Select(s => s.Proposal.Id), caught.Steps!.Value.Select(s => s.OpId));

        // A snapshot at the last step leaves nothing to fold and nothing in memory: recent steps come from PostgreSQL.
        await fixture.OverwriteSnapshot(code, StreamSnapshot.Of(fixture.Store, room.Stream, room.Revision, await FoldOfSteps(code, room, room.Revision)));
        await fixture.Cluster.DeactivateAsync(room.Grain);
        Callers.Tovholder(code).Enter();
        Assert.Equal(before, await View(room));
        Assert.Equal(10, (await room.Grain.CatchUp(room.Revision - 10, pending: true)).Steps!.Value.Length);
    }

    [Fact]
    public async Task A_load_reads_the_snapshot_and_ignores_one_of_another_shape()
    {
        const string code = "479";
        Callers.Tovholder(code).Enter();
        var room = await LongWorkshop(code);
        var before = await View(room);
        var real = (await fixture.StoredSnapshot(code, room.Stream))!;
        Assert.True(real.TryRead<WorkshopState>(fixture.Store, out var state));
        // A title no step gave: seeing it proves the snapshot was read rather than the stream re-folded.
        var marked = real with { State = fixture.Store.Options.Serializer().ToJson(state with { Title = "Kun i snapshottet" }) };

        await fixture.OverwriteSnapshot(code, marked);
        await fixture.Cluster.DeactivateAsync(room.Grain);
        Callers.Tovholder(code).Enter();
        Assert.Equal("Kun i snapshottet", (await room.Grain.CatchUp(long.MaxValue, pending: false)).Snapshot!.Title);

        await fixture.OverwriteSnapshot(code, marked with { Shape = "a-shape-deployed-before" });
        await fixture.Cluster.DeactivateAsync(room.Grain);
        Callers.Tovholder(code).Enter();
        Assert.Equal(before, await View(room));
    }
}
