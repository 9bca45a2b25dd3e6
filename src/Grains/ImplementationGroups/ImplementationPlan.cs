using System.Collections.Immutable;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>The implementation plan's rules: activities tied to the eight principles, with owner, dates, status and follow-ups.</summary>
public static class ImplementationPlan
{
    public const int MaxActivities = 500;
    public const int MaxFollowUps = 200;

    internal static IReadOnlyList<ImplementationGroupEvent> Add(AddActivity c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        Identifier.Valid(c.ActivityId);
        var fields = Valid(c.Fields, state, previousOwner: null);
        if (state.Activity(c.ActivityId) is not null) return [];
        if (state.IdInUse(c.ActivityId)) throw RuleViolation.Conflict("Id'et bruges allerede i gruppen.");
        if (state.Activities.Count >= MaxActivities)
            throw RuleViolation.Refused($"Implementeringsplanen kan højst have {MaxActivities} aktiviteter.");
        return ImplementationGroupDecider.WithCitizenMark(
            [new ActivityAdded(c.ActivityId, fields.Title, fields.Description, [.. fields.Principles], fields.OwnerId, fields.Starts, fields.Due, fields.Status)],
            c.ActivityId, context);
    }

    internal static IReadOnlyList<ImplementationGroupEvent> Edit(EditActivity c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        var activity = state.Activity(c.ActivityId) ?? throw RuleViolation.NotFound("Aktiviteten findes ikke i implementeringsplanen.");
        var fields = Valid(c.Fields, state, activity.OwnerId);
        var events = new List<ImplementationGroupEvent>();
        if (fields.Title != activity.Title) events.Add(new ActivityRetitled(activity.Id, fields.Title));
        if (fields.Description != activity.Description) events.Add(new ActivityDescribed(activity.Id, fields.Description));
        if (!fields.Principles.SequenceEqual(activity.Principles)) events.Add(new ActivityPrinciplesChanged(activity.Id, [.. fields.Principles]));
        if (fields.OwnerId != activity.OwnerId) events.Add(new ActivityOwnerAssigned(activity.Id, fields.OwnerId));
        if (fields.Starts != activity.Starts || fields.Due != activity.Due) events.Add(new ActivityRescheduled(activity.Id, fields.Starts, fields.Due));
        if (fields.Status != activity.Status) events.Add(new ActivityStatusChanged(activity.Id, fields.Status));
        var wroteText = events.Exists(e => e is ActivityRetitled or ActivityDescribed);
        if (wroteText && context.Actor.WritesAsCitizen) events.Add(new CitizenTextWritten(activity.Id));
        return events;
    }

    /// <summary>The same field changes an edit back to the earlier values would make, after a marker naming the version.</summary>
    internal static IReadOnlyList<ImplementationGroupEvent> Restore(RestoreActivityTo c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        if (state.Activity(c.Request.ActivityId) is null) throw RuleViolation.NotFound("Aktiviteten findes ikke i implementeringsplanen.");
        var earlier = c.Earlier ?? throw RuleViolation.NotFound("Aktiviteten fandtes ikke i den version af planen.");
        // An owner who has left since keeps the activity if still its owner; otherwise the restore leaves it unowned.
        var owner = earlier.OwnerId is { } id && (state.IsMember(id) || id == state.Activity(earlier.Id)!.OwnerId) ? id : null;
        var fields = new ActivityFields(earlier.Title, earlier.Description, [.. earlier.Principles.Select(p => (int)p)],
            owner, earlier.Starts, earlier.Due, earlier.Status);
        var changes = Edit(new EditActivity(earlier.Id, fields), state, context);
        return changes.Count == 0 ? [] : [new ActivityRestored(earlier.Id, c.Request.Version), .. changes];
    }

    internal static IReadOnlyList<ImplementationGroupEvent> Aim(AimActivity c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        var activity = state.Activity(c.ActivityId) ?? throw RuleViolation.NotFound("Aktiviteten findes ikke i implementeringsplanen.");
        var aim = c.Aim is null ? null : KeyFigures.Valid(c.Aim);
        return activity.Aim == aim ? [] : [new ActivityAimedAtFigure(activity.Id, aim)];
    }

    internal static IReadOnlyList<ImplementationGroupEvent> FollowUp(FollowUpActivity c, ImplementationGroupState state, CommandContext context)
    {
        ImplementationGroupDecider.EnsureMayEditPlan(state, context);
        Identifier.Valid(c.FollowUpId);
        var note = FreeText.Required(c.Note, "Opfølgningen", FreeText.LongTextMax);
        var activity = state.Activity(c.ActivityId) ?? throw RuleViolation.NotFound("Aktiviteten findes ikke i implementeringsplanen.");
        if (activity.FollowUps.Exists(f => f.Id == c.FollowUpId)) return [];
        if (activity.FollowUps.Count >= MaxFollowUps)
            throw RuleViolation.Refused($"En aktivitet kan højst have {MaxFollowUps} opfølgninger.");
        return ImplementationGroupDecider.WithCitizenMark(
            [new ActivityFollowedUp(activity.Id, c.FollowUpId, note, context.Actor.PersonId, context.Now)], activity.Id, context);
    }

    /// <summary>Principles are kept sorted and distinct, so the same choice always compares equal.</summary>
    internal static (string Title, string Description, ImmutableArray<Principle> Principles, string? OwnerId, DateOnly? Starts, DateOnly? Due, PlanItemStatus Status)
        Valid(ActivityFields f, ImplementationGroupState state, string? previousOwner)
    {
        var principles = (f.Principles.IsDefault ? [] : f.Principles).Distinct().Order().Select(Principles.FromNumber).ToImmutableArray();
        if (principles.IsEmpty) throw RuleViolation.Invalid("Vælg mindst ét af de otte principper.");
        if (f.OwnerId is not null && f.OwnerId != previousOwner && !state.IsMember(f.OwnerId))
            throw RuleViolation.NotFound("Den ansvarlige skal være medlem af gruppen.");
        if (f.Starts is { Year: < 2000 or > 2100 } || f.Due is { Year: < 2000 or > 2100 })
            throw RuleViolation.Invalid("Datoer skal ligge mellem år 2000 og 2100.");
        if (f.Starts is { } starts && f.Due is { } due && due < starts)
            throw RuleViolation.Invalid("Fristen kan ikke ligge før starten.");
        if (!Enum.IsDefined(f.Status)) throw RuleViolation.Invalid("Ukendt status.");
        return (FreeText.Required(f.Title, "Titel", FreeText.TitleMax), FreeText.Optional(f.Description, "Beskrivelse", FreeText.LongTextMax),
            principles, f.OwnerId, f.Starts, f.Due, f.Status);
    }

    internal static ImplementationGroupState Evolve(ImplementationGroupState state, ImplementationGroupEvent e) => e switch
    {
        ActivityAdded x => state with
        {
            Activities = state.Activities.Add(new(x.ActivityId, x.Title, x.Description, [.. x.Principles], x.OwnerId, x.Starts, x.Due, x.Status, null, null, [])),
        },
        ActivityRetitled x => Change(state, x.ActivityId, a => a with { Title = x.Title }),
        ActivityDescribed x => Change(state, x.ActivityId, a => a with { Description = x.Description }),
        ActivityPrinciplesChanged x => Change(state, x.ActivityId, a => a with { Principles = [.. x.Principles] }),
        ActivityOwnerAssigned x => Change(state, x.ActivityId, a => a with { OwnerId = x.OwnerId }),
        ActivityRescheduled x => Change(state, x.ActivityId, a => a with { Starts = x.Starts, Due = x.Due }),
        ActivityStatusChanged x => Change(state, x.ActivityId, a => a with { Status = x.Status }),
        ActivityFollowedUp x => Change(state, x.ActivityId, a => a with { FollowUps = a.FollowUps.Add(new(x.FollowUpId, x.Note, x.By, x.At)) }),
        ActivityDecided x => Change(state, x.ActivityId, a => a with { DecisionId = x.DecisionId }),
        ActivityAimedAtFigure x => Change(state, x.ActivityId, a => a with { Aim = x.Aim }),
        _ => state,
    };

    internal static ImplementationGroupState Change(ImplementationGroupState state, string id, Func<Activity, Activity> change) =>
        state.Activities.FindIndex(a => a.Id == id) is var index and >= 0
            ? state with { Activities = state.Activities.SetItem(index, change(state.Activities[index])) }
            : state;
}
