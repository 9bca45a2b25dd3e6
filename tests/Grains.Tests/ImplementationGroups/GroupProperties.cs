using CsCheck;
using Recovery.Grains.ImplementationGroups;
using static Recovery.Grains.Tests.ImplementationGroups.GroupSpec;

namespace Recovery.Grains.Tests.ImplementationGroups;

/// <summary>Random sequences of commands from random people: the rules hold whatever order things happen in.</summary>
public sealed class GroupProperties
{
    private static readonly Caller[] People = [Mette, Ali, Jonas, Sara, Leader, Outsider];
    private static readonly string[] Ids = ["x-1", "x-2", "x-3", "x-4"];
    private static readonly string[] PersonIds = ["p-ali", "p-jonas", "p-sara", "p-lone", "p-ib", "p-kim"];

    private static readonly Gen<int[]> PrincipleSets = Gen.Int[0, 9].Array[0, 3];

    private static readonly Gen<ImplementationGroupCommand> Commands = Gen.OneOf<ImplementationGroupCommand>(
        Gen.Const<ImplementationGroupCommand>(new EstablishImplementationGroup("Bostøtte", "")),
        Gen.Select(Gen.OneOf(PersonIds), Gen.Enum<Role>(), (p, r) => (ImplementationGroupCommand)new AddGroupMember(p, "Navn", r)),
        Gen.OneOf(PersonIds).Select(p => (ImplementationGroupCommand)new RemoveGroupMember(p)),
        Gen.OneOf(PersonIds).Select(p => (ImplementationGroupCommand)new AppointTovholder(p)),
        Gen.Select(Gen.OneOf(Ids), PrincipleSets, Gen.OneOf<string?>([null, .. PersonIds]), Gen.Enum<PlanItemStatus>(),
            (id, ps, owner, status) => (ImplementationGroupCommand)new AddActivity(id, Fields(principles: ps, owner: owner, status: status))),
        Gen.Select(Gen.OneOf(Ids), PrincipleSets, Gen.OneOf("A", "B", "Borger 010190-1234"), Gen.Enum<PlanItemStatus>(),
            (id, ps, title, status) => (ImplementationGroupCommand)new EditActivity(id, Fields(title: title, principles: ps, status: status))),
        Gen.Select(Gen.OneOf(Ids), Gen.OneOf(Ids), (a, f) => (ImplementationGroupCommand)new FollowUpActivity(a, f, "Fulgt op")),
        Gen.Select(Gen.OneOf(Ids), Gen.OneOf(Ids).Array[0, 3], PrincipleSets,
            (d, actions, ps) => (ImplementationGroupCommand)new RecordGroupDecision(d, "Beslutning", "", [.. actions.Select(a => new DecidedAction(a, "Handling", [.. ps], null, null))])),
        Gen.Select(Gen.OneOf(Ids), Gen.Enum<ForceKind>(), (id, kind) => (ImplementationGroupCommand)new NoteForce(id, kind, "Tekst")),
        Gen.OneOf(Ids).Select(id => (ImplementationGroupCommand)new RemoveForce(id)),
        Gen.OneOf(Ids).Select(id => (ImplementationGroupCommand)new SubmitReport(id, "Rapport", "Tekst")),
        Gen.OneOf(Ids).Select(id => (ImplementationGroupCommand)new ProposeTrialAction(id, "Hypotese", "Forsøg", null, null)),
        Gen.Select(Gen.OneOf(Ids), Gen.OneOf(Ids), PrincipleSets, (t, a, ps) => (ImplementationGroupCommand)new PromoteTrialAction(t, a, [.. ps])));

    private static readonly Gen<(Caller, ImplementationGroupCommand)[]> Sequences =
        Gen.Select(Gen.OneOf(People), Commands).Array[1, 40];

    [Fact]
    public void Every_refusal_is_a_rule_violation_never_another_exception() =>
        Sequences.Sample(sequence => Run(sequence), iter: 3000);

    [Fact]
    public void Ids_stay_unique_across_everything_a_group_holds_and_links_point_both_ways() =>
        Sequences.Sample(sequence =>
        {
            var state = Run(sequence);
            string[] ids = [.. state.Activities.Select(a => a.Id), .. state.Decisions.Select(d => d.Id), .. state.Forces.Select(f => f.Id),
                .. state.Reports.Select(r => r.Id), .. state.Trials.Select(t => t.Id)];
            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.All(state.Decisions.SelectMany(d => d.ActivityIds.Select(a => (d.Id, a))), link => Assert.Equal(link.Id, state.Activity(link.a)!.DecisionId));
            Assert.All(state.Trials.Where(t => t.PromotedTo is not null), t => Assert.Equal(t.Id, state.Activity(t.PromotedTo!)!.TrialId));
            Assert.All(state.Activities, a => Assert.InRange(a.Principles.Length, 1, 8));
            Assert.All(state.Activities, a => Assert.False(FreeText.ContainsCpr(a.Title)));
        }, iter: 3000);

    [Fact]
    public void Only_members_and_those_who_govern_ever_change_the_group() =>
        Sequences.Sample(sequence =>
        {
            var state = ImplementationGroupState.Initial;
            foreach (var (actor, command) in sequence)
            {
                var events = Decide(command, state, actor);
                if (events.Count > 0 && state.Established) Assert.True(state.MayEditPlan(actor), $"{actor.PersonId} changed the group with {command}");
                state = ImplementationGroupDecider.Evolve(state, events);
            }
        }, iter: 3000);

    [Fact]
    public void Repeating_a_command_that_took_effect_changes_nothing() =>
        Sequences.Sample(sequence =>
        {
            var state = ImplementationGroupState.Initial;
            foreach (var (actor, command) in sequence)
            {
                if (Decide(command, state, actor) is not { Count: > 0 } events) continue;
                state = ImplementationGroupDecider.Evolve(state, events);
                // A decision, edit or follow-up repeated must not store the same fact twice.
                Assert.Empty(Decide(command, state, actor));
            }
        }, iter: 3000);

    private static ImplementationGroupState Run((Caller, ImplementationGroupCommand)[] sequence) =>
        sequence.Aggregate(ImplementationGroupState.Initial, (state, step) => ImplementationGroupDecider.Evolve(state, Decide(step.Item2, state, step.Item1)));

    private static IReadOnlyList<ImplementationGroupEvent> Decide(ImplementationGroupCommand command, ImplementationGroupState state, Caller actor)
    {
        try
        {
            return ImplementationGroupDecider.Decide(command, state, new CommandContext(actor, Now));
        }
        catch (RuleViolation)
        {
            return [];
        }
    }
}
