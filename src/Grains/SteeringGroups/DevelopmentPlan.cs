namespace Recovery.Grains.SteeringGroups;

/// <summary>The development plan's rules: items under the eight prerequisites, edited field by field and restored by new events.</summary>
internal static class DevelopmentPlan
{
    internal static IReadOnlyList<SteeringGroupEvent> Add(AddPlanItem c, SteeringGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        Identifier.Valid(c.ItemId);
        var prerequisite = OrganisationalPrerequisites.FromNumber(c.Prerequisite);
        var (title, description) = ValidItem(c.Title, c.Description, c.OwnerId, c.Due, state, previousOwner: null);
        if (c.Source is not null) Identifier.Valid(c.Source.Id);
        if (state.Item(c.ItemId) is not null) return [];
        if (state.Plan.Count >= SteeringGroupDecider.MaxPlanItems)
            throw RuleViolation.Refused($"Udviklingsplanen kan højst have {SteeringGroupDecider.MaxPlanItems} punkter.");
        List<SteeringGroupEvent> events = [new DevelopmentPlanItemAdded(c.ItemId, prerequisite, title, description, c.OwnerId, c.Due, c.Status)];
        if (c.Source is not null) events.Add(new DevelopmentPlanItemSourced(c.ItemId, c.Source.Kind, c.Source.Id));
        return SteeringGroupDecider.WithCitizenMark(events, c.ItemId, context);
    }

    internal static IReadOnlyList<SteeringGroupEvent> Edit(EditPlanItem c, SteeringGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        var item = state.Item(c.ItemId) ?? throw RuleViolation.NotFound("Punktet findes ikke i udviklingsplanen.");
        var (title, description) = ValidItem(c.Title, c.Description, c.OwnerId, c.Due, state, item.OwnerId);
        var events = new List<SteeringGroupEvent>();
        if (title != item.Title) events.Add(new DevelopmentPlanItemRetitled(item.Id, title));
        if (description != item.Description) events.Add(new DevelopmentPlanItemDescribed(item.Id, description));
        if (c.OwnerId != item.OwnerId) events.Add(new DevelopmentPlanItemOwnerAssigned(item.Id, c.OwnerId));
        if (c.Due != item.Due) events.Add(new DevelopmentPlanItemRescheduled(item.Id, c.Due));
        if (c.Status != item.Status) events.Add(new DevelopmentPlanItemStatusChanged(item.Id, c.Status));
        if (events.Exists(e => e is DevelopmentPlanItemRetitled or DevelopmentPlanItemDescribed)) return SteeringGroupDecider.WithCitizenMark(events, item.Id, context);
        return events;
    }

    /// <summary>The same field changes an edit back to the earlier values would make, after a marker naming the version.</summary>
    internal static IReadOnlyList<SteeringGroupEvent> Restore(RestorePlanItemTo c, SteeringGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        if (state.Item(c.Request.ItemId) is null) throw RuleViolation.NotFound("Punktet findes ikke i udviklingsplanen.");
        var earlier = c.Earlier ?? throw RuleViolation.NotFound("Punktet fandtes ikke i den version af planen.");
        var changes = Edit(new EditPlanItem(c.Request.ItemId, earlier.Title, earlier.Description, earlier.OwnerId, earlier.Due, earlier.Status), state, context);
        return changes.Count == 0 ? [] : [new DevelopmentPlanItemRestored(c.Request.ItemId, c.Request.Version), .. changes];
    }

    internal static IReadOnlyList<SteeringGroupEvent> Aim(AimPlanItem c, SteeringGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        var item = state.Item(c.ItemId) ?? throw RuleViolation.NotFound("Punktet findes ikke i udviklingsplanen.");
        var aim = c.Aim is null ? null : KeyFigures.Valid(c.Aim);
        return item.Aim == aim ? [] : [new DevelopmentPlanItemAimedAtFigure(item.Id, aim)];
    }

    internal static void EnsureMayEditPlan(SteeringGroupState state, CommandContext context)
    {
        if (!state.MayEditPlan(context.Actor))
            throw RuleViolation.Forbidden("Kun styregruppens medlemmer kan redigere udviklingsplanen.");
    }

    /// <summary>An owner who has since left the group may stay on the item; only a new owner must be a member.</summary>
    private static (string Title, string Description) ValidItem(
        string title, string description, string? ownerId, DateOnly? due, SteeringGroupState state, string? previousOwner)
    {
        if (ownerId is not null && ownerId != previousOwner && !state.IsMember(ownerId))
            throw RuleViolation.NotFound("Den ansvarlige skal være medlem af styregruppen.");
        if (due is { Year: < 2000 or > 2100 })
            throw RuleViolation.Invalid("Fristen skal ligge mellem år 2000 og 2100.");
        return (FreeText.Required(title, "Titel", FreeText.TitleMax), FreeText.Optional(description, "Beskrivelse", FreeText.LongTextMax));
    }

    internal static SteeringGroupState Change(SteeringGroupState state, string itemId, Func<DevelopmentPlanItem, DevelopmentPlanItem> change) =>
        state.Plan.FindIndex(i => i.Id == itemId) is var index and >= 0
            ? state with { Plan = state.Plan.SetItem(index, change(state.Plan[index])) }
            : state;
}
