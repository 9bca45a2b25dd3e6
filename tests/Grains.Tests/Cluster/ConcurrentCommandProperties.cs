using CsCheck;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.SteeringGroups;
using Spec = Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>
/// Many people saving at the same moment on one steering group: commands share commits, and
/// whatever was acknowledged must be stored exactly once, whatever was refused must leave no trace.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class ConcurrentCommandProperties(ClusterFixture fixture)
{
    private static readonly string[] Codes = MunicipalityCatalog.All.Select(m => m.Code)
        .Where(c => string.CompareOrdinal(c, "200") > 0 && string.CompareOrdinal(c, "260") < 0).Take(12).ToArray();

    private static readonly Gen<(bool Valid, int Prerequisite, bool ByCitizen)[]> Burst =
        Gen.Select(Gen.Int[0, 9].Select(p => p is >= 1 and <= 8), Gen.Int[1, 8], Gen.Bool).Array[10, 40];

    [Fact]
    public async Task Simultaneous_commands_are_each_stored_once_or_refused_without_trace()
    {
        var bursts = Burst.Array[Codes.Length].Single();
        for (var n = 0; n < Codes.Length; n++)
        {
            var code = Codes[n];
            Callers.Tovholder(code).Enter();
            var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code));
            await group.Establish(new EstablishSteeringGroup());
            await group.AddMember(new AddMember(Callers.Citizen(code).PersonId, "Jonas", Role.Citizen));

            var results = await Task.WhenAll(bursts[n].Select((c, i) => Task.Run(async () =>
            {
                (c.ByCitizen ? Callers.Citizen(code) : Callers.Tovholder(code)).Enter();
                var item = Spec.Item($"i-{i}", prerequisite: c.Valid ? c.Prerequisite : 9);
                try
                {
                    return (item.ItemId, Version: (long?)await group.AddPlanItem(item));
                }
                catch (RuleViolation)
                {
                    return (item.ItemId, Version: (long?)null);
                }
            })));

            Callers.Tovholder(code).Enter();
            var view = await group.View();
            var stored = await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code));
            StateAssert.Same(stored.Cast<SteeringGroupEvent>().Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve), view.State);

            var acknowledged = results.Where(r => r.Version is not null).ToArray();
            Assert.Equal(acknowledged.Select(r => r.ItemId).Order(), view.State.Plan.Select(i => i.Id).Order());
            Assert.Equal(acknowledged.Length, acknowledged.Select(r => r.Version).Distinct().Count());
            Assert.All(acknowledged, r => Assert.InRange(r.Version!.Value, 3, view.Version));
            Assert.Equal(bursts[n].Count(c => c.Valid), acknowledged.Length);
        }
    }
}
