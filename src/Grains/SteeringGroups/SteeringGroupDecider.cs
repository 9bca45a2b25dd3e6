using System.Collections.Immutable;
namespace Recovery.Grains.SteeringGroups;

/// <summary>The whole steering group state machine: no I/O, every rule in one place.</summary>
public static class SteeringGroupDecider
{
    public const int MaxMembers = 100;
    public const int MaxPlanItems = 500;
    public const int MaxDecisions = 2000;
    public const int MaxWorkshops = 1000;
    public const int MaxActionsPerDecision = 20;

    public static IReadOnlyList<SteeringGroupEvent> Decide(SteeringGroupCommand command, SteeringGroupState state, CommandContext context)
    {
        if (command is EstablishSteeringGroup)
            return state.Established ? [] : [new SteeringGroupEstablished(context.Actor.PersonId)];
        if (!state.Established)
            throw RuleViolation.Refused("Styregruppen er ikke oprettet endnu.");

        return command switch
        {
            AddMember c => AddMember(c, state),
            RemoveMember c => RemoveMember(c, state),
            RecordDecision c => RecordDecision(c, state, context),
            SetSteeringGroupMandate c => SetMandate(c, state),
            AddPlanItem c => DevelopmentPlan.Add(c, state, context),
            EditPlanItem c => DevelopmentPlan.Edit(c, state, context),
            RestorePlanItemTo c => DevelopmentPlan.Restore(c, state, context),
            AimPlanItem c => DevelopmentPlan.Aim(c, state, context),
            PlanWorkshop c => PlanWorkshop(c, state),
            RecordWorkshop c => WorkshopOutcomes.Record(c, state),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    public static SteeringGroupState Evolve(SteeringGroupState state, SteeringGroupEvent e) => e switch
    {
        SteeringGroupEstablished => state with { Established = true },
        SteeringGroupMemberAdded a => state with
        {
            Members = state.Members.Add(new(a.PersonId, a.Role)),
            FormerMembers = state.FormerMembers.Remove(a.PersonId),
        },
        SteeringGroupMemberRemoved r => state with
        {
            Members = state.Members.RemoveAll(m => m.PersonId == r.PersonId),
            FormerMembers = state.FormerMembers.Add(r.PersonId),
        },
        SteeringDecisionRecorded d => state with
        {
            Decisions = state.Decisions.Add(new(d.DecisionId, d.Title, d.Rationale, d.RecordedBy, d.RecordedAt)),
        },
        SteeringGroupMandateSet m => state with { Mandate = m.Mandate },
        DevelopmentPlanItemDecided x => DevelopmentPlan.Change(state, x.ItemId, i => i with { DecisionId = x.DecisionId }),
        DevelopmentPlanItemSourced x => DevelopmentPlan.Change(state, x.ItemId, i => i with { Source = new(x.Kind, x.SourceId) }),
        DevelopmentPlanItemAimedAtFigure x => DevelopmentPlan.Change(state, x.ItemId, i => i with { Aim = x.Aim }),
        SteeringCitizenTextWritten x => state with { CitizenTexts = state.CitizenTexts.Add(x.ItemId) },
        DevelopmentPlanItemAdded a => state with
        {
            Plan = state.Plan.Add(new(a.ItemId, a.Prerequisite, a.Title, a.Description, a.OwnerId, a.Due, a.Status)),
        },
        DevelopmentPlanItemRetitled x => DevelopmentPlan.Change(state, x.ItemId, i => i with { Title = x.Title }),
        DevelopmentPlanItemDescribed x => DevelopmentPlan.Change(state, x.ItemId, i => i with { Description = x.Description }),
        DevelopmentPlanItemOwnerAssigned x => DevelopmentPlan.Change(state, x.ItemId, i => i with { OwnerId = x.OwnerId }),
        DevelopmentPlanItemRescheduled x => DevelopmentPlan.Change(state, x.ItemId, i => i with { Due = x.Due }),
        DevelopmentPlanItemStatusChanged x => DevelopmentPlan.Change(state, x.ItemId, i => i with { Status = x.Status }),
        // The field changes stored with the marker do the restoring.
        DevelopmentPlanItemRestored => state,
        WorkshopPlanned w => state with { Workshops = state.Workshops.Add(new(w.WorkshopId, w.Title, w.StartsAt, null, ImmutableDictionary<string, int>.Empty, [])) },
        WorkshopHeld h => state.Workshops.FindIndex(w => w.Id == h.WorkshopId) is var index and >= 0
            ? state with
            {
                Workshops = state.Workshops.SetItem(index, state.Workshops[index] with
                {
                    HeldAt = h.HeldAt, Attendance = h.Attendance.ToImmutableDictionary(), Votes = [.. h.Votes],
                }),
            }
            : state,
        _ => state,
    };

    private static IReadOnlyList<SteeringGroupEvent> AddMember(AddMember c, SteeringGroupState state)
    {
        Identifier.Valid(c.PersonId);
        FreeText.Required(c.Name, "Navn", FreeText.NameMax);
        if (c.Role is Role.NationalCoordinator or Role.Guest)
            throw RuleViolation.Invalid("National koordinator og gæst er ikke roller i en kommunes styregruppe.");
        if (state.IsMember(c.PersonId)) return [];
        if (state.Members.Count >= MaxMembers)
            throw RuleViolation.Refused($"En styregruppe kan højst have {MaxMembers} medlemmer.");
        return [new SteeringGroupMemberAdded(c.PersonId, c.Role)];
    }

    private static IReadOnlyList<SteeringGroupEvent> RemoveMember(RemoveMember c, SteeringGroupState state) =>
        state.IsMember(c.PersonId) ? [new SteeringGroupMemberRemoved(c.PersonId)]
        : state.FormerMembers.Contains(c.PersonId) ? []
        : throw RuleViolation.NotFound("Personen er ikke medlem af styregruppen.");

    private static IReadOnlyList<SteeringGroupEvent> RecordDecision(RecordDecision c, SteeringGroupState state, CommandContext context)
    {
        Identifier.Valid(c.DecisionId);
        var title = FreeText.Required(c.Title, "Beslutningen", FreeText.TitleMax);
        var rationale = FreeText.Optional(c.Rationale, "Begrundelsen", FreeText.LongTextMax);
        if (state.Decisions.Exists(d => d.Id == c.DecisionId)) return [];
        if (state.Decisions.Count >= MaxDecisions)
            throw RuleViolation.Refused($"Beslutningsloggen kan højst have {MaxDecisions} beslutninger.");
        var actions = c.Actions.IsDefault ? [] : c.Actions;
        if (actions.Length > MaxActionsPerDecision)
            throw RuleViolation.Invalid($"En beslutning kan højst skabe {MaxActionsPerDecision} handlinger ad gangen.");
        if (actions.Select(a => a.ItemId).Distinct().Count() != actions.Length)
            throw RuleViolation.Invalid("To handlinger har samme id.");

        List<SteeringGroupEvent> events = [new SteeringDecisionRecorded(c.DecisionId, title, rationale, context.Actor.PersonId, context.Now)];
        var after = events.Aggregate(state, Evolve);
        foreach (var action in actions)
        {
            var added = DevelopmentPlan.Add(action, after, context);
            if (added.Count == 0) throw RuleViolation.Conflict($"Handlingen {action.ItemId} findes allerede i udviklingsplanen.");
            after = added.Aggregate(after, Evolve);
            events.AddRange(added);
            events.Add(new DevelopmentPlanItemDecided(action.ItemId, c.DecisionId));
        }
        return WithCitizenMark(events, c.DecisionId, context);
    }

    private static IReadOnlyList<SteeringGroupEvent> SetMandate(SetSteeringGroupMandate c, SteeringGroupState state)
    {
        var mandate = FreeText.Optional(c.Mandate, "Mandatet", FreeText.LongTextMax);
        return mandate == state.Mandate ? [] : [new SteeringGroupMandateSet(mandate)];
    }

    /// <summary>Text a citizen writes is marked, so the national coordinator sees it only if the municipality shares it.</summary>
    internal static List<SteeringGroupEvent> WithCitizenMark(List<SteeringGroupEvent> events, string itemId, CommandContext context)
    {
        if (events.Count > 0 && context.Actor.WritesAsCitizen) events.Add(new SteeringCitizenTextWritten(itemId));
        return events;
    }

    private static IReadOnlyList<SteeringGroupEvent> PlanWorkshop(PlanWorkshop c, SteeringGroupState state)
    {
        Identifier.Valid(c.WorkshopId);
        var title = FreeText.Required(c.Title, "Titel", FreeText.TitleMax);
        if (state.Workshops.Exists(w => w.Id == c.WorkshopId)) return [];
        if (state.Workshops.Count >= MaxWorkshops)
            throw RuleViolation.Refused($"En gruppe kan højst have {MaxWorkshops} workshops.");
        return [new WorkshopPlanned(c.WorkshopId, title, c.StartsAt)];
    }
}
