using CsCheck;
using Recovery.Grains.CaseReviews;

namespace Recovery.Grains.Tests.CaseReviews;

/// <summary>Random sequences of commands by random people: the review's rules hold whatever order things arrive in.</summary>
public sealed class CaseReviewProperties
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly Gen<string> CaseId = Gen.Int[1, 14].Select(n => $"c-{n}");

    private static readonly Gen<string> Reference = Gen.Frequency(
        (8, Gen.Int[1, 14].Select(n => $"Sag {n}")),
        (1, Gen.OneOf("Jens Hansen", "010180-1234", "Sag 3112991234", "", new string('7', 21))));

    private static readonly Gen<string?> Note = Gen.Frequency(
        (6, Gen.OneOf<string?>(null, "", "Planen er skrevet i borgerens ord.", "Netværket er ikke inddraget.")),
        (1, Gen.OneOf<string?>("Borger 0101801234 deltog.", new string('x', CaseReference.NoteMax + 1))));

    private static readonly Gen<CaseReviewCommand> Command = Gen.Frequency(
        (1, Gen.Const<CaseReviewCommand>(new StartCaseReview("Sagsgennemgang", null))),
        (5, Gen.Select(CaseId, Reference, (id, reference) => (CaseReviewCommand)new AddReviewedCase(id, reference))),
        (8, Gen.Select(CaseId, Gen.Int[1, 8], Gen.Int[1, 3], Note,
            (id, p, j, note) => (CaseReviewCommand)new JudgeReviewedCase(id, (Principle)p, (CaseJudgement)j, note))),
        (1, CaseId.Select(id => (CaseReviewCommand)new RemoveReviewedCase(id))),
        (1, Gen.Const<CaseReviewCommand>(new ConcludeCaseReview())));

    private static readonly Gen<Caller> Actor = Gen.OneOf(
        new Caller("p-mette", "657", Role.Tovholder), new Caller("p-sara", "657", Role.CaseHandler), new Caller("p-jonas", "657", Role.Citizen));

    private static readonly Gen<(Caller Actor, CaseReviewCommand Command)[]> Sequence = Gen.Select(Actor, Command).Array[1, 80];

    private static IReadOnlyList<CaseReviewEvent> Decide(CaseReviewCommand command, CaseReviewState state, Caller actor)
    {
        try
        {
            return CaseReviewDecider.Decide(command, state, new CommandContext(actor, Now));
        }
        catch (RuleViolation)
        {
            return [];
        }
    }

    [Fact]
    public void Repeating_a_command_that_took_effect_changes_nothing() =>
        Sequence.Sample(sequence =>
        {
            var state = CaseReviewState.Initial;
            foreach (var (actor, command) in sequence)
            {
                if (Decide(command, state, actor) is not { Count: > 0 } events) continue;
                state = events.Aggregate(state, CaseReviewDecider.Evolve);
                Assert.Empty(CaseReviewDecider.Decide(command, state, new CommandContext(actor, Now)));
            }
        }, iter: 2000);

    [Fact]
    public void At_most_ten_cases_each_a_valid_reference_no_cpr_anywhere_and_results_fixed_at_conclusion() =>
        Sequence.Sample(sequence =>
        {
            var state = CaseReviewState.Initial;
            foreach (var (actor, command) in sequence)
            {
                var before = state;
                state = Decide(command, state, actor).Aggregate(state, CaseReviewDecider.Evolve);
                if (before.Concluded) Assert.Same(before.Cases, state.Cases);
                if (!before.Concluded && state.Concluded) Assert.Equal(CaseReviewResults.Of(state.Cases), state.Results!.Value);
            }
            Assert.InRange(state.Cases.Count, 0, CaseReviewDecider.MaxCases);
            Assert.Equal(state.Cases.Count, state.Cases.Select(c => c.Reference.ToUpperInvariant()).Distinct().Count());
            Assert.Equal(state.Cases.Count, state.Cases.Select(c => c.Id).Distinct().Count());
            Assert.All(state.Cases, c => Assert.Equal(c.Reference, CaseReference.Valid(c.Reference)));
            Assert.All(state.Cases.SelectMany(c => c.Judgements.Values), j =>
                Assert.True(!FreeText.ContainsCpr(j.Note) && j.Note.Length <= CaseReference.NoteMax));
        }, iter: 2000);
}
