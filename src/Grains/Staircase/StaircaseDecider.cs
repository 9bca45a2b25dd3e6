using System.Collections.Immutable;

namespace Recovery.Grains.Staircase;

/// <summary>
/// The staircase's state machine, pure. The steps are decided here, the figures in
/// <see cref="StaircaseFigures"/>. Only those who govern reach it (checked at the grain).
/// </summary>
public static class StaircaseDecider
{
    public const int MaxSteps = 20;

    public static IReadOnlyList<StaircaseEvent> Decide(StaircaseCommand command, StaircaseState state, CommandContext context)
    {
        // The default steps become the municipality's own with its first real change, stored in the
        // stream, so a later change to the default list never rewrites a municipality's staircase.
        StaircaseEvent[] start = state.Started ? [] : [new StaircaseStarted([.. DefaultStaircase.Steps])];
        var current = start.Aggregate(state, Evolve);
        var events = command switch
        {
            AddStep c => Add(c, current),
            RenameStep c => Rename(c, current),
            MoveStep c => Move(c, current),
            RemoveStep c => Remove(c, current),
            SetStepCount c => StaircaseFigures.SetCount(c, current),
            ImportStepCounts c => StaircaseFigures.Import(c, current),
            RecordMovement c => StaircaseFigures.RecordMovement(c, current),
            SetKeyFigures c => StaircaseFigures.SetShares(c, current),
            SetExpenditure c => StaircaseFigures.SetExpenditure(c, current),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        return events.Count == 0 ? [] : [.. start, .. events];
    }

    private static IReadOnlyList<StaircaseEvent> Add(AddStep c, StaircaseState state)
    {
        var id = ValidId(c.StepId);
        var name = FreeText.Required(c.Name, "Trinnets navn", FreeText.NameMax);
        if (state.Step(id) is { } existing)
            return existing.Name == name ? [] : throw RuleViolation.Conflict("Et trin med det id findes allerede.");
        EnsureNameFree(name, state, id);
        if (state.Steps.Count >= MaxSteps) throw RuleViolation.Refused($"Indsatstrappen kan højst have {MaxSteps} trin.");
        var position = c.Position ?? state.Steps.Count;
        if (position < 0 || position > state.Steps.Count) throw RuleViolation.Invalid($"Placeringen skal være mellem 0 og {state.Steps.Count}.");
        return [new StaircaseStepAdded(id, name, position)];
    }

    private static IReadOnlyList<StaircaseEvent> Rename(RenameStep c, StaircaseState state)
    {
        var step = Known(c.StepId, state);
        var name = FreeText.Required(c.Name, "Trinnets navn", FreeText.NameMax);
        if (step.Name == name) return [];
        EnsureNameFree(name, state, step.Id);
        return [new StaircaseStepRenamed(step.Id, name)];
    }

    private static IReadOnlyList<StaircaseEvent> Move(MoveStep c, StaircaseState state)
    {
        var step = Known(c.StepId, state);
        if (c.Position < 0 || c.Position >= state.Steps.Count) throw RuleViolation.Invalid($"Placeringen skal være mellem 0 og {state.Steps.Count - 1}.");
        return state.Steps.IndexOf(step) == c.Position ? [] : [new StaircaseStepMoved(step.Id, c.Position)];
    }

    /// <summary>A step with figures stays: removing it would leave counts that belong to no step.</summary>
    private static IReadOnlyList<StaircaseEvent> Remove(RemoveStep c, StaircaseState state)
    {
        if (state.Step(c.StepId) is not { } step) return [];
        if (state.HasFigures(step.Id))
            throw RuleViolation.Refused($"Trinnet '{step.Name}' har tal (antal, bevægelser eller udgifter) og kan ikke fjernes, for så ville tallene miste deres trin. Omdøb det i stedet.");
        if (state.Steps.Count == 1) throw RuleViolation.Refused("Indsatstrappen skal have mindst ét trin.");
        return [new StaircaseStepRemoved(step.Id)];
    }

    internal static StaircaseStep Known(string? stepId, StaircaseState state) =>
        state.Step(stepId ?? "") ?? throw RuleViolation.NotFound($"Trinnet '{Quarter.Shorten(stepId ?? "")}' findes ikke i indsatstrappen.");

    private static string ValidId(string? id) =>
        DefaultStaircase.IsValidId(id)
            ? id!
            : throw RuleViolation.Invalid($"Trinnets id skal være 1–{DefaultStaircase.StepIdMax} tegn: små bogstaver a–z, tal og bindestreg.");

    /// <summary>Names are unique, ignoring case, because an imported file may name a step instead of giving its id.</summary>
    private static void EnsureNameFree(string name, StaircaseState state, string stepId)
    {
        if (state.Steps.Exists(s => s.Id != stepId && string.Equals(s.Name, name, StringComparison.CurrentCultureIgnoreCase)))
            throw RuleViolation.Conflict($"Et andet trin hedder allerede '{name}'.");
    }

    public static StaircaseState Evolve(StaircaseState state, StaircaseEvent e) => e switch
    {
        StaircaseStarted x => state with { Started = true, Steps = [.. x.Steps] },
        StaircaseStepAdded x => state with { Steps = state.Steps.Insert(Math.Clamp(x.Position, 0, state.Steps.Count), new(x.StepId, x.Name)) },
        StaircaseStepRenamed x => state with { Steps = state.Steps.Select(s => s.Id == x.StepId ? s with { Name = x.Name } : s).ToImmutableList() },
        StaircaseStepMoved x when state.Step(x.StepId) is { } step => state with
        {
            Steps = state.Steps.Remove(step) is var rest ? rest.Insert(Math.Clamp(x.Position, 0, rest.Count), step) : state.Steps,
        },
        StaircaseStepRemoved x => state with { Steps = state.Steps.RemoveAll(s => s.Id == x.StepId) },
        _ => StaircaseFigures.Evolve(state, e),
    };
}
