namespace Recovery.Grains.ImplementationGroups;

/// <summary>Trial actions (<i>prøvehandlinger</i>): try something small, learn, and promote what works into the plan.</summary>
public static class TrialActions
{
    public const int MaxTrials = 300;

    internal static IReadOnlyList<ImplementationGroupEvent> Propose(ProposeTrialAction c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        Identifier.Valid(c.TrialId);
        var hypothesis = FreeText.Required(c.Hypothesis, "Hypotesen", FreeText.LongTextMax);
        var trial = FreeText.Required(c.Trial, "Det, der afprøves,", FreeText.LongTextMax);
        if (c.OwnerId is not null && !state.IsMember(c.OwnerId))
            throw RuleViolation.NotFound("Den ansvarlige skal være medlem af gruppen.");
        if (c.Until is { Year: < 2000 or > 2100 })
            throw RuleViolation.Invalid("Datoen skal ligge mellem år 2000 og 2100.");
        if (state.Trial(c.TrialId) is not null) return [];
        if (state.IdInUse(c.TrialId)) throw RuleViolation.Conflict("Id'et bruges allerede i gruppen.");
        if (state.Trials.Count >= MaxTrials)
            throw RuleViolation.Refused($"Gruppen kan højst have {MaxTrials} prøvehandlinger.");
        return ImplementationGroupDecider.WithCitizenMark([new TrialActionProposed(c.TrialId, hypothesis, trial, c.OwnerId, c.Until)], c.TrialId, context);
    }

    internal static IReadOnlyList<ImplementationGroupEvent> RecordLearning(RecordTrialLearning c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        var trial = state.Trial(c.TrialId) ?? throw RuleViolation.NotFound("Prøvehandlingen findes ikke.");
        var learning = FreeText.Optional(c.Learning, "Det lærte", FreeText.LongTextMax);
        return learning == trial.Learning
            ? []
            : ImplementationGroupDecider.WithCitizenMark([new TrialActionLearningRecorded(trial.Id, learning)], trial.Id, context);
    }

    /// <summary>The new activity takes the trial's words: what was tried becomes the title, the hypothesis and learning its description.</summary>
    internal static IReadOnlyList<ImplementationGroupEvent> Promote(PromoteTrialAction c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        var trial = state.Trial(c.TrialId) ?? throw RuleViolation.NotFound("Prøvehandlingen findes ikke.");
        if (trial.PromotedTo is not null) return [];
        var title = trial.Trial.Length <= FreeText.TitleMax ? trial.Trial : trial.Trial[..(FreeText.TitleMax - 1)] + "…";
        var description = trial.Learning.Length > 0 ? $"Hypotese: {trial.Hypothesis}\nLært: {trial.Learning}" : $"Hypotese: {trial.Hypothesis}";
        if (description.Length > FreeText.LongTextMax) description = description[..(FreeText.LongTextMax - 1)] + "…";
        // A trial's owner who has left the group cannot own the new activity.
        var owner = trial.OwnerId is { } id && state.IsMember(id) ? id : null;
        var add = new AddActivity(c.ActivityId, new ActivityFields(title, description, c.Principles, owner, null, trial.Until, PlanItemStatus.Planned));
        var added = ImplementationPlan.Add(add, state, context).Where(e => e is not CitizenTextWritten).ToList();
        if (added.Count == 0) throw RuleViolation.Conflict("Aktiviteten findes allerede.");
        List<ImplementationGroupEvent> events = [.. added, new TrialActionPromoted(trial.Id, c.ActivityId)];
        // The activity carries the trial's words, so a citizen's trial keeps its protection in the plan.
        if (state.CitizenTexts.Contains(trial.Id)) events.Add(new CitizenTextWritten(c.ActivityId));
        return events;
    }

    internal static ImplementationGroupState Evolve(ImplementationGroupState state, ImplementationGroupEvent e) => e switch
    {
        TrialActionProposed x => state with { Trials = state.Trials.Add(new(x.TrialId, x.Hypothesis, x.Trial, x.OwnerId, x.Until, "", null)) },
        TrialActionLearningRecorded x => Change(state, x.TrialId, t => t with { Learning = x.Learning }),
        TrialActionPromoted x => ImplementationPlan.Change(Change(state, x.TrialId, t => t with { PromotedTo = x.ActivityId }),
            x.ActivityId, a => a with { TrialId = x.TrialId }),
        _ => state,
    };

    private static ImplementationGroupState Change(ImplementationGroupState state, string id, Func<TrialAction, TrialAction> change) =>
        state.Trials.FindIndex(t => t.Id == id) is var index and >= 0
            ? state with { Trials = state.Trials.SetItem(index, change(state.Trials[index])) }
            : state;
}
