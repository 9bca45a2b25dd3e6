using System.Collections.Immutable;

namespace Recovery.Grains.CaseReviews;

/// <summary>
/// The case review's state machine, pure: started by the tovholder, up to ten cases added and judged
/// against the eight principles by the municipality's staff, concluded once with its results fixed.
/// Who may start and conclude is checked at the grain; who may touch the cases, here. A command that
/// repeats what already took effect gives no events, even after the review is concluded.
/// </summary>
public static class CaseReviewDecider
{
    /// <summary>The method reviews ten recent cases.</summary>
    public const int MaxCases = 10;

    public static IReadOnlyList<CaseReviewEvent> Decide(CaseReviewCommand command, CaseReviewState state, CommandContext context)
    {
        if (command is StartCaseReview start) return Start(start, state, context);
        if (!state.Started) throw RuleViolation.NotFound("Sagsgennemgangen findes ikke.");
        return command switch
        {
            AddReviewedCase c => Add(c, state, context),
            JudgeReviewedCase c => Judge(c, state, context),
            RemoveReviewedCase c => Remove(c, state, context),
            ConcludeCaseReview when state.Concluded => [],
            ConcludeCaseReview => Conclude(state, context),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static IReadOnlyList<CaseReviewEvent> Start(StartCaseReview c, CaseReviewState state, CommandContext context)
    {
        var title = FreeText.Required(c.Title, "Titel", FreeText.TitleMax);
        var round = string.IsNullOrWhiteSpace(c.TemperatureRoundId) ? null : Identifier.Valid(c.TemperatureRoundId.Trim());
        if (state.Started) return [];
        return [new CaseReviewStarted(title, round, context.Actor.PersonId, context.Now)];
    }

    private static IReadOnlyList<CaseReviewEvent> Add(AddReviewedCase c, CaseReviewState state, CommandContext context)
    {
        EnsureCaseWorker(context);
        Identifier.Valid(c.CaseId);
        var reference = CaseReference.Valid(c.Reference);
        if (state.Case(c.CaseId) is { } known)
            return known.Reference == reference ? [] : throw RuleViolation.Conflict("Sagen findes allerede i gennemgangen med en anden reference.");
        EnsureOpen(state);
        if (state.Cases.Exists(x => string.Equals(x.Reference, reference, StringComparison.OrdinalIgnoreCase)))
            throw RuleViolation.Refused($"Sagen \"{reference}\" er allerede med i gennemgangen.");
        if (state.Cases.Count >= MaxCases)
            throw RuleViolation.Refused($"En sagsgennemgang har højst {MaxCases} sager: metoden gennemgår ti nyere sager. Fjern en sag, før du tilføjer en ny.");
        return [new ReviewedCaseAdded(c.CaseId, reference)];
    }

    private static IReadOnlyList<CaseReviewEvent> Judge(JudgeReviewedCase c, CaseReviewState state, CommandContext context)
    {
        EnsureCaseWorker(context);
        if (!Enum.IsDefined(c.Principle)) throw RuleViolation.Invalid("Princippet findes ikke; vælg 1–8.");
        if (!Enum.IsDefined(c.Judgement)) throw RuleViolation.Invalid("Vælg Afspejlet, Delvist eller Ikke afspejlet.");
        var note = CaseReference.Note(c.Note);
        var reviewed = state.Case(c.CaseId) ?? throw RuleViolation.NotFound("Sagen findes ikke i gennemgangen.");
        if (reviewed.Judgements.GetValueOrDefault(c.Principle) == new PrincipleJudgement(c.Judgement, note)) return [];
        EnsureOpen(state);
        return [new ReviewedCaseJudged(reviewed.Id, c.Principle, c.Judgement, note)];
    }

    private static IReadOnlyList<CaseReviewEvent> Remove(RemoveReviewedCase c, CaseReviewState state, CommandContext context)
    {
        EnsureCaseWorker(context);
        if (state.Case(c.CaseId) is null) return [];
        EnsureOpen(state);
        return [new ReviewedCaseRemoved(c.CaseId)];
    }

    private static IReadOnlyList<CaseReviewEvent> Conclude(CaseReviewState state, CommandContext context)
    {
        if (state.Cases.IsEmpty) throw RuleViolation.Refused("Tilføj og vurdér mindst én sag, før gennemgangen afsluttes.");
        return [new CaseReviewConcluded([.. CaseReviewResults.Of(state.Cases)], state.Cases.Count, context.Now)];
    }

    private static void EnsureCaseWorker(CommandContext context)
    {
        if (!context.Actor.DoesCaseWork())
            throw RuleViolation.Forbidden("Kun kommunens medarbejdere kan se og vurdere sagerne i en sagsgennemgang.");
    }

    private static void EnsureOpen(CaseReviewState state)
    {
        if (state.Concluded) throw RuleViolation.Refused("Sagsgennemgangen er afsluttet; sagerne kan ikke længere ændres.");
    }

    public static CaseReviewState Evolve(CaseReviewState state, CaseReviewEvent e) => e switch
    {
        CaseReviewStarted x => state with { Started = true, Title = x.Title, TemperatureRoundId = x.TemperatureRoundId, StartedAt = x.At },
        ReviewedCaseAdded x => state with { Cases = state.Cases.Add(new ReviewedCase(x.CaseId, x.Reference, ImmutableDictionary<Principle, PrincipleJudgement>.Empty)) },
        ReviewedCaseJudged x => Change(state, x.CaseId, c => c with { Judgements = c.Judgements.SetItem(x.Principle, new(x.Judgement, x.Note)) }),
        ReviewedCaseRemoved x => state with { Cases = state.Cases.RemoveAll(c => c.Id == x.CaseId) },
        CaseReviewConcluded x => state with { Results = [.. x.Results], ConcludedAt = x.At },
        _ => state,
    };

    private static CaseReviewState Change(CaseReviewState state, string caseId, Func<ReviewedCase, ReviewedCase> change) =>
        state.Cases.FindIndex(c => c.Id == caseId) is var index and >= 0
            ? state with { Cases = state.Cases.SetItem(index, change(state.Cases[index])) }
            : state;
}
