using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Tests.ImplementationGroups;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class ImplementationGroupGrainTests(ClusterFixture fixture)
{
    private IImplementationGroupGrain Group(string municipality, string slug = "myndighed") =>
        fixture.Client.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(municipality, slug));

    /// <summary>Runs as the municipality's tovholder (entered by the test: a request context set in here would not flow out).</summary>
    private async Task<IImplementationGroupGrain> Established(string municipality, string slug = "myndighed")
    {
        var group = Group(municipality, slug);
        await group.Establish(new EstablishImplementationGroup("Myndighed", ""));
        await group.AddMember(new AddGroupMember(Callers.Citizen(municipality).PersonId, "Jonas", Role.Citizen));
        return group;
    }

    [Fact]
    public async Task Establishing_registers_the_group_with_its_municipality()
    {
        Callers.Tovholder("840").Enter();
        await Established("840", "myndighed");
        await Established("840", "bostoette");

        var registry = (await fixture.Client.GetGrain<IMunicipalityGrain>("840").View()).State;

        Assert.Equal([new RegisteredGroup("840/impl/myndighed", GroupKind.Implementation), new RegisteredGroup("840/impl/bostoette", GroupKind.Implementation)],
            registry.Groups);
    }

    [Fact]
    public async Task A_decision_with_actions_survives_deactivation_exactly_as_stored()
    {
        Callers.Tovholder("846").Enter();
        var group = await Established("846");
        fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        await group.RecordDecision(new RecordGroupDecision("d-1", "Netværksmøder", "", [new DecidedAction("a-1", "Hold tre netværksmøder", [3], null, null)]));
        Callers.Citizen("846").Enter();
        await group.FollowUp(new FollowUpActivity("a-1", "f-1", "Første møde holdt."));
        var before = await group.View();

        await fixture.Cluster.DeactivateAsync(group);
        Callers.Tovholder("846").Enter();
        var after = await group.View();

        Assert.Equal(before.Version, after.Version);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before.State), System.Text.Json.JsonSerializer.Serialize(after.State));
        Assert.Equal((fixture.Clock.GetUtcNow(), "p-846-citizen"), (after.State.Activity("a-1")!.FollowUps.Single().At, after.State.Activity("a-1")!.FollowUps.Single().By));
        Assert.Equal(after.Version, (await fixture.StoredEvents("846", ImplementationGroupKeys.Stream("846", "myndighed"))).Count);
    }

    [Fact]
    public async Task The_grain_refuses_another_municipalitys_person_and_stores_nothing()
    {
        Callers.Tovholder("849").Enter();
        var group = await Established("849");
        var stored = (await fixture.StoredEvents("849", ImplementationGroupKeys.Stream("849", "myndighed"))).Count;

        Callers.Tovholder("851").Enter();
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => group.AddActivity(GroupSpec.Activity()));

        Assert.Equal(RuleViolation.Codes.Forbidden, refused.Code);
        Assert.Equal(stored, (await fixture.StoredEvents("849", ImplementationGroupKeys.Stream("849", "myndighed"))).Count);
    }

    [Fact]
    public async Task The_national_coordinator_reads_the_group_without_a_citizens_words()
    {
        Callers.Tovholder("860").Enter();
        var group = await Established("860");
        Callers.Citizen("860").Enter();
        await group.AddActivity(GroupSpec.Activity("a-1", GroupSpec.Fields(title: "Min egen idé")));

        Callers.National.Enter();
        var view = await group.View();

        Assert.Equal("", view.State.Activity("a-1")!.Title);
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => group.SetMandate(new SetMandate("Overtaget")));
        Assert.Equal(RuleViolation.Codes.Forbidden, refused.Code);
    }

    [Fact]
    public async Task Members_adding_activities_at_once_all_get_stored_in_order()
    {
        Callers.Tovholder("813").Enter();
        var group = await Established("813");
        Callers.Citizen("813").Enter();

        var versions = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => group.AddActivity(GroupSpec.Activity($"a-{i}"))));

        Assert.Equal(versions.Length, versions.Distinct().Count());
        Assert.Equal(40, (await group.View()).State.Activities.Count);
        Assert.Equal(versions.Max(), (await fixture.StoredEvents("813", ImplementationGroupKeys.Stream("813", "myndighed"))).Count);
    }
}
