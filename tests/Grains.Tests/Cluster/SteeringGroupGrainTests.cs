using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.SteeringGroups;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class SteeringGroupGrainTests(ClusterFixture fixture)
{
    private ISteeringGroupGrain Group(string municipality) =>
        fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(municipality));

    /// <summary>
    /// Runs as the municipality's tovholder. The caller is entered by the test itself: a request
    /// context set inside this helper would not flow back out of it (AsyncLocal semantics).
    /// </summary>
    private async Task<ISteeringGroupGrain> Established(string municipality)
    {
        var group = Group(municipality);
        await group.Establish(new EstablishSteeringGroup());
        await group.AddMember(new AddMember(Callers.Citizen(municipality).PersonId, "Jonas", Role.Citizen));
        return group;
    }

    [Fact]
    public async Task State_survives_deactivation_because_it_is_rebuilt_from_the_stream()
    {
        Callers.Tovholder("101").Enter();
        var group = await Established("101");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await group.RecordDecision(new RecordDecision("d-1", "Vi omlægger", "Fordi borgerne kommer sig"));
        await group.AddPlanItem(Spec.Item("i-1", owner: Callers.Citizen("101").PersonId));
        var before = await group.View();

        await fixture.Cluster.DeactivateAsync(group);
        Callers.Tovholder("101").Enter();
        var after = await group.View();

        Assert.Equal(before.Version, after.Version);
        StateAssert.Same(before.State, after.State);
        Assert.Equal(fixture.Clock.GetUtcNow(), Assert.Single(after.State.Decisions).RecordedAt);
    }

    [Fact]
    public async Task Establishing_a_steering_group_registers_it_with_its_municipality()
    {
        Callers.Tovholder("163").Enter();
        await Established("163");
        var registry = (await fixture.Client.GetGrain<IMunicipalityGrain>("163").View()).State;
        Assert.Equal([new RegisteredGroup("163/steering", GroupKind.Steering)], registry.Groups);
    }

    [Fact]
    public async Task A_command_returns_the_version_it_stored()
    {
        Callers.Tovholder("147").Enter();
        var group = await Established("147");
        var version = await group.AddPlanItem(Spec.Item("i-1"));
        Assert.Equal(version, (await fixture.StoredEvents("147", SteeringGroupKeys.Stream("147"))).Count);
    }

    [Fact]
    public async Task Every_stored_event_carries_its_actor_role_and_time()
    {
        Callers.Tovholder("161").Enter();
        var group = await Established("161");
        Callers.Citizen("161").Enter();
        await group.AddPlanItem(Spec.Item("i-by-citizen"));

        await using var session = fixture.Store.QuerySession("161");
        var last = (await session.Events.FetchStreamAsync(SteeringGroupKeys.Stream("161"), token: TestContext.Current.CancellationToken))[^1];
        Assert.Equal(Callers.Citizen("161").PersonId, last.UserName);
        Assert.Equal("citizen", last.Headers?["role"]?.ToString());
        Assert.NotEqual(default, last.Timestamp);
        Assert.Equal("161", last.TenantId);
    }

    [Fact]
    public async Task Another_municipalitys_caller_is_refused_at_the_grain_and_nothing_is_stored()
    {
        Callers.Tovholder("151").Enter();
        var group = await Established("151");
        var stored = await fixture.StoredEvents("151", SteeringGroupKeys.Stream("151"));

        Callers.Tovholder("657").Enter();
        Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => group.View())).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden,
            (await Assert.ThrowsAsync<RuleViolation>(() => group.AddPlanItem(Spec.Item("i-x")))).Code);
        Assert.Equal(stored.Count, (await fixture.StoredEvents("151", SteeringGroupKeys.Stream("151"))).Count);
    }

    [Fact]
    public async Task A_call_without_a_caller_is_refused()
    {
        Callers.Clear();
        Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => Group("153").View())).Code);
    }

    [Fact]
    public async Task The_national_coordinator_reads_but_cannot_change()
    {
        Callers.Tovholder("155").Enter();
        var group = await Established("155");
        Callers.National.Enter();
        Assert.True((await group.View()).State.Established);
        await Assert.ThrowsAsync<RuleViolation>(() => group.RecordDecision(new RecordDecision("d-1", "x", "")));
    }

    [Fact]
    public async Task A_citizen_member_adds_plan_items_but_cannot_govern()
    {
        Callers.Tovholder("157").Enter();
        var group = await Established("157");
        Callers.Citizen("157").Enter();
        await group.AddPlanItem(Spec.Item("i-1"));
        Assert.Equal(RuleViolation.Codes.Forbidden,
            (await Assert.ThrowsAsync<RuleViolation>(() => group.AddMember(new AddMember("p-x", "X", Role.Staff)))).Code);
    }

    [Fact]
    public async Task A_concurrent_append_by_another_activation_is_refused_not_lost()
    {
        Callers.Tovholder("159").Enter();
        var group = await Established("159");
        await group.View();
        // Another silo's activation appended first: simulated by appending to the stream directly.
        await using (var other = fixture.Store.LightweightSession("159"))
        {
            other.Events.Append(SteeringGroupKeys.Stream("159"), new DevelopmentPlanItemAdded(
                "i-other", OrganisationalPrerequisite.Culture, "Fra den anden aktivering", "", null, null, PlanItemStatus.Planned));
            await other.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var conflict = await Assert.ThrowsAsync<RuleViolation>(() => group.AddPlanItem(Spec.Item("i-mine")));
        Assert.Equal(RuleViolation.Codes.Conflict, conflict.Code);

        await group.AddPlanItem(Spec.Item("i-mine"));
        var state = (await group.View()).State;
        Assert.Equal(["i-other", "i-mine"], state.Plan.Select(i => i.Id));
        var stored = await fixture.StoredEvents("159", SteeringGroupKeys.Stream("159"));
        StateAssert.Same(stored.Cast<SteeringGroupEvent>().Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve), state);
    }
}
