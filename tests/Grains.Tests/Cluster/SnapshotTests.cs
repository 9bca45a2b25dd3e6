using System.Collections.Immutable;
using Marten;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.ImplementationGroups;
using Recovery.Grains.Tests.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>A long stream loads from its snapshot, to exactly the state folding every event gives.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class SnapshotTests(ClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly WorkshopOutcome Outcome = new(
        ImmutableDictionary<string, int>.Empty.Add("tovholder", 1).Add("citizen", 3), [new ItemDots("i-1", 4), new ItemDots("i-2", 1)], []);

    /// <summary>A group with more events than one snapshot interval, a held workshop among them; returns it after the last event.</summary>
    private async Task<ISteeringGroupGrain> LongStream(string code)
    {
        var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code));
        await group.Establish(new EstablishSteeringGroup());
        await group.AddMember(new AddMember(Callers.Citizen(code).PersonId, "Jonas", Role.Citizen));
        await group.PlanWorkshop(new PlanWorkshop("ws-1", "Planværksted", fixture.Clock.GetUtcNow()));
        await group.RecordWorkshop(new RecordWorkshop("ws-1", fixture.Clock.GetUtcNow(), Outcome));
        for (var i = 0; i < 110; i++)
        {
            await group.AddPlanItem(Spec.Item($"i-{i}", prerequisite: i % 8 + 1, due: new DateOnly(2027, 1, 1).AddDays(i)));
            await group.EditPlanItem(new EditPlanItem($"i-{i}", $"Punkt {i}", "Æøå", Callers.Citizen(code).PersonId, null, PlanItemStatus.InProgress));
        }
        return group;
    }

    private async Task<SteeringGroupState> FoldOfEveryEvent(string code) =>
        (await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code))).Cast<SteeringGroupEvent>()
        .Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve);

    [Fact]
    public async Task A_long_stream_reloads_from_its_snapshot_to_the_state_before_and_the_fold_of_every_event()
    {
        const string code = "187";
        Callers.Tovholder(code).Enter();
        var group = await LongStream(code);
        var before = await group.View();

        var snapshot = await fixture.StoredSnapshot(code, SteeringGroupKeys.Stream(code));
        Assert.NotNull(snapshot);
        Assert.InRange(snapshot.Version, 200, before.Version);
        Assert.Equal(StateShape.Of(typeof(SteeringGroupState)), snapshot.Shape);

        await fixture.Cluster.DeactivateAsync(group);
        Callers.Tovholder(code).Enter();
        var after = await group.View();

        Assert.Equal(before.Version, after.Version);
        StateAssert.Same(before.State, after.State);
        StateAssert.Same(await FoldOfEveryEvent(code), after.State);
        Assert.Equal(Outcome.Votes, Assert.Single(after.State.Workshops).Votes);
    }

    [Fact]
    public async Task A_load_folds_the_snapshot_and_only_the_events_after_it_and_ignores_one_of_another_shape()
    {
        const string code = "190";
        Callers.Tovholder(code).Enter();
        var group = await LongStream(code);
        var real = (await fixture.StoredSnapshot(code, SteeringGroupKeys.Stream(code)))!;
        // A state no fold could give: seeing it proves the snapshot was read, not the stream re-folded.
        var marked = Spec.Given(Spec.ItemAdded("i-only-in-the-snapshot")).State with { Established = true };
        var json = fixture.Store.Options.Serializer().ToJson(marked);

        await fixture.OverwriteSnapshot(code, real with { State = json });
        await fixture.Cluster.DeactivateAsync(group);
        Callers.Tovholder(code).Enter();
        var fromSnapshot = (await group.View()).State;
        Assert.Contains(fromSnapshot.Plan, i => i.Id == "i-only-in-the-snapshot");
        Assert.DoesNotContain(fromSnapshot.Plan, i => i.Id == "i-0");
        // The events after the snapshot are folded on top of it.
        Assert.Contains(fromSnapshot.Plan, i => i.Id == "i-109");

        await fixture.OverwriteSnapshot(code, real with { State = json, Shape = "a-shape-deployed-before" });
        await fixture.Cluster.DeactivateAsync(group);
        Callers.Tovholder(code).Enter();
        var view = await group.View();
        Assert.DoesNotContain(view.State.Plan, i => i.Id == "i-only-in-the-snapshot");
        StateAssert.Same(await FoldOfEveryEvent(code), view.State);
    }

    [Fact]
    public void A_state_with_immutable_collections_round_trips_through_martens_json()
    {
        var state = Spec.GivenEstablished(
            new SteeringDecisionRecorded("d-1", "Vi omlægger", "Fordi", "p-mette", Spec.Now),
            new DevelopmentPlanItemAdded("i-1", OrganisationalPrerequisite.Culture, "Æøå", "Tekst", "p-jonas", new DateOnly(2027, 2, 28), PlanItemStatus.OnHold),
            new SteeringGroupMemberRemoved("p-jonas"),
            new WorkshopPlanned("ws-1", "Planværksted", Spec.Now),
            new WorkshopHeld("ws-1", Spec.Now, Outcome.Attendance, Outcome.Votes)).State;
        var serializer = fixture.Store.Options.Serializer();

        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(serializer.ToJson(state)));
        var copy = (SteeringGroupState)serializer.FromJson(typeof(SteeringGroupState), json);

        StateAssert.Same(state, copy);
        Assert.Equal(Outcome.Attendance.OrderBy(p => p.Key), Assert.Single(copy.Workshops).Attendance.OrderBy(p => p.Key));
    }

    /// <summary>Implementation groups are snapshotted by the same stream code; their state must survive Marten's JSON too.</summary>
    [Fact]
    public void An_implementation_group_state_round_trips_through_martens_json()
    {
        var state = GroupSpec.GivenGroup(GroupSpec.ActivityAdded(owner: "p-sara"),
            new ActivityFollowedUp("a-1", "f-1", "Godt i gang", "p-ali", Spec.Now),
            new ImplementationDecisionRecorded("d-1", "Café hver uge", "Borgerne kommer", "p-ali", Spec.Now),
            new ActivityDecided("a-1", "d-1"),
            new DriverOrBarrierNoted("k-1", ForceKind.Barrier, "Lokaler mangler"),
            new ImplementationReportSubmitted("r-1", "Status", "Tekst", "p-ali", Spec.Now),
            new TrialActionProposed("t-1", "Hvis vi åbner om aftenen", "To uger", null, new DateOnly(2027, 1, 1)),
            new CitizenTextWritten("a-1")).State;
        var serializer = fixture.Store.Options.Serializer();

        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(serializer.ToJson(state)));
        var copy = (ImplementationGroupState)serializer.FromJson(typeof(ImplementationGroupState), json);

        Assert.Equal(serializer.ToJson(state), serializer.ToJson(copy));
        Assert.Equal(state.Activities[0].Principles, copy.Activities[0].Principles);
        Assert.Equal(state.CitizenTexts.Order(), copy.CitizenTexts.Order());
    }

    /// <summary>The municipality's registry and programme are snapshotted by the same stream code.</summary>
    [Fact]
    public void A_municipality_state_round_trips_through_martens_json()
    {
        var state = new MunicipalityState([new RegisteredGroup("657/steering", GroupKind.Steering)],
            ProgrammeState.NotJoined with
            {
                Joined = true, JoinedBy = "p-mette", JoinedAt = Spec.Now, Phase = ProgrammePhase.Analysis,
                Ticks = [new ChecklistTick(ChecklistItem.SteeringGroup, "p-mette", Spec.Now)], SharesCitizenText = true,
            });
        var serializer = fixture.Store.Options.Serializer();

        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(serializer.ToJson(state)));
        var copy = (MunicipalityState)serializer.FromJson(typeof(MunicipalityState), json);

        Assert.Equal(serializer.ToJson(state), serializer.ToJson(copy));
        Assert.Equal(state.Groups, copy.Groups);
        Assert.Equal(state.Programme.Ticks, copy.Programme.Ticks);
    }
}
