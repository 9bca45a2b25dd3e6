using CsCheck;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.SteeringGroups;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class GrainSequenceProperties(ClusterFixture fixture)
{
    /// <summary>Municipalities no other test in this collection uses, one per random sequence.</summary>
    private static readonly string[] Codes = MunicipalityCatalog.All.Select(m => m.Code)
        .Where(c => string.CompareOrdinal(c, "400") > 0).Take(30).ToArray();

    [Fact]
    public async Task After_any_command_sequence_the_grain_state_is_the_fold_of_the_stored_events()
    {
        var cases = Gen.Select(CommandGen.Sequence, Gen.Bool).Array[Codes.Length].Single();
        for (var n = 0; n < Codes.Length; n++)
        {
            var code = Codes[n];
            var (sequence, deactivateHalfway) = cases[n];
            var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code));
            for (var i = 0; i < sequence.Length; i++)
            {
                var (actor, command) = sequence[i];
                (actor with { Municipality = code }).Enter();
                await Send(group, command);
                if (deactivateHalfway && i == sequence.Length / 2) await fixture.Cluster.DeactivateAsync(group);
            }

            Callers.Tovholder(code).Enter();
            var stored = await fixture.StoredEvents(code, SteeringGroupKeys.Stream(code));
            var view = await group.View();
            Assert.Equal(stored.Count, view.Version);
            StateAssert.Same(stored.Cast<SteeringGroupEvent>().Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve), view.State);
        }
    }

    private static async Task Send(ISteeringGroupGrain group, SteeringGroupCommand command)
    {
        try
        {
            await (command switch
            {
                EstablishSteeringGroup c => group.Establish(c),
                AddMember c => group.AddMember(c),
                RemoveMember c => group.RemoveMember(c),
                RecordDecision c => group.RecordDecision(c),
                AddPlanItem c => group.AddPlanItem(c),
                EditPlanItem c => group.EditPlanItem(c),
                _ => throw new ArgumentOutOfRangeException(nameof(command)),
            });
        }
        catch (RuleViolation)
        {
            // Refusals are part of the property: they must leave the stream and the state alone.
        }
    }
}
