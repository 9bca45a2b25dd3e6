using CsCheck;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class SteeringGroupProperties
{
    [Fact]
    public void State_is_always_the_fold_of_the_events_decided() =>
        CommandGen.Sequence.Sample(sequence =>
        {
            var (state, events) = Run(sequence);
            StateAssert.Same(events.Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve), state);
        }, iter: 2000);

    [Fact]
    public void Repeating_a_command_that_took_effect_changes_nothing() =>
        CommandGen.Sequence.Sample(sequence =>
        {
            var state = SteeringGroupState.Initial;
            foreach (var (actor, command) in sequence)
            {
                var context = new CommandContext(actor, Spec.Now);
                if (Decide(command, state, context) is not { Count: > 0 } events) continue;
                state = events.Aggregate(state, SteeringGroupDecider.Evolve);
                Assert.Empty(SteeringGroupDecider.Decide(command, state, context));
            }
        }, iter: 2000);

    [Fact]
    public void Ids_stay_unique_and_texts_stay_within_limits() =>
        CommandGen.Sequence.Sample(sequence =>
        {
            var (state, _) = Run(sequence);
            Assert.Equal(state.Members.Count, state.Members.Select(m => m.PersonId).Distinct().Count());
            Assert.Equal(state.Plan.Count, state.Plan.Select(i => i.Id).Distinct().Count());
            Assert.Equal(state.Decisions.Count, state.Decisions.Select(d => d.Id).Distinct().Count());
            Assert.All(state.Plan, i => Assert.InRange(i.Title.Length, 1, FreeText.TitleMax));
            Assert.All(state.Plan, i => Assert.False(FreeText.ContainsCpr(i.Title + i.Description)));
        }, iter: 2000);

    private static (SteeringGroupState State, List<SteeringGroupEvent> Events) Run((Caller, SteeringGroupCommand)[] sequence)
    {
        var state = SteeringGroupState.Initial;
        var all = new List<SteeringGroupEvent>();
        foreach (var (actor, command) in sequence)
        {
            var events = Decide(command, state, new CommandContext(actor, Spec.Now));
            all.AddRange(events);
            state = events.Aggregate(state, SteeringGroupDecider.Evolve);
        }
        return (state, all);
    }

    private static IReadOnlyList<SteeringGroupEvent> Decide(SteeringGroupCommand command, SteeringGroupState state, CommandContext context)
    {
        try
        {
            return SteeringGroupDecider.Decide(command, state, context);
        }
        catch (RuleViolation)
        {
            return [];
        }
    }
}
