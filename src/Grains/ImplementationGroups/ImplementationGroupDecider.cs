using System.Collections.Immutable;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// The implementation group's state machine: no I/O. Membership, mandate, decisions, drivers and
/// barriers and reports live here; the plan's activities in <see cref="ImplementationPlan"/> and
/// trial actions in <see cref="TrialActions"/>.
/// </summary>
public static class ImplementationGroupDecider
{
    public const int MaxMembers = 100;
    public const int MaxDecisions = 2000;
    public const int MaxForces = 300;
    public const int MaxReports = 500;
    public const int MaxActionsPerDecision = 20;

    public static IReadOnlyList<ImplementationGroupEvent> Decide(ImplementationGroupCommand command, ImplementationGroupState state, CommandContext context)
    {
        if (command is EstablishImplementationGroup establish) return Establish(establish, state, context);
        if (!state.Established)
            throw RuleViolation.NotFound("Implementeringsgruppen findes ikke.");

        return command switch
        {
            AddGroupMember c => AddMember(c, state, context),
            RemoveGroupMember c => RemoveMember(c, state, context),
            AppointTovholder c => Appoint(c, state, context),
            SetMandate c => SetMandate(c, state, context),
            AddActivity c => ImplementationPlan.Add(c, state, context),
            EditActivity c => ImplementationPlan.Edit(c, state, context),
            RestoreActivityTo c => ImplementationPlan.Restore(c, state, context),
            FollowUpActivity c => ImplementationPlan.FollowUp(c, state, context),
            AimActivity c => ImplementationPlan.Aim(c, state, context),
            RecordGroupDecision c => RecordDecision(c, state, context),
            NoteForce c => NoteForce(c, state, context),
            RemoveForce c => RemoveForce(c, state, context),
            SubmitReport c => SubmitReport(c, state, context),
            ProposeTrialAction c => TrialActions.Propose(c, state, context),
            RecordTrialLearning c => TrialActions.RecordLearning(c, state, context),
            PromoteTrialAction c => TrialActions.Promote(c, state, context),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static IReadOnlyList<ImplementationGroupEvent> Establish(EstablishImplementationGroup c, ImplementationGroupState state, CommandContext context)
    {
        var name = FreeText.Required(c.Name, "Navn", FreeText.TitleMax);
        var focus = FreeText.Optional(c.Focus, "Fokus", FreeText.LongTextMax);
        if (state.Established)
            return state.Name == name && state.Focus == focus ? [] : throw RuleViolation.Conflict("Kortnavnet bruges allerede af en anden gruppe. Vælg et andet.");
        return [new ImplementationGroupEstablished(name, focus, context.Actor.PersonId)];
    }

    private static IReadOnlyList<ImplementationGroupEvent> AddMember(AddGroupMember c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayGovern(state, context);
        Identifier.Valid(c.PersonId);
        FreeText.Required(c.Name, "Navn", FreeText.NameMax);
        if (c.Role is Role.NationalCoordinator or Role.Guest)
            throw RuleViolation.Invalid("National koordinator og gæst er ikke roller i en implementeringsgruppe.");
        if (state.IsMember(c.PersonId)) return [];
        if (state.Members.Count >= MaxMembers)
            throw RuleViolation.Refused($"En implementeringsgruppe kan højst have {MaxMembers} medlemmer.");
        return [new ImplementationGroupMemberAdded(c.PersonId, c.Role)];
    }

    private static IReadOnlyList<ImplementationGroupEvent> RemoveMember(RemoveGroupMember c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayGovern(state, context);
        return state.IsMember(c.PersonId) ? [new ImplementationGroupMemberRemoved(c.PersonId)] : [];
    }

    private static IReadOnlyList<ImplementationGroupEvent> Appoint(AppointTovholder c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayGovern(state, context);
        if (!state.IsMember(c.PersonId))
            throw RuleViolation.NotFound("Tovholderen skal være medlem af gruppen.");
        return c.PersonId == state.TovholderId ? [] : [new ImplementationGroupTovholderAppointed(c.PersonId)];
    }

    private static IReadOnlyList<ImplementationGroupEvent> SetMandate(SetMandate c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayGovern(state, context);
        var mandate = FreeText.Optional(c.Mandate, "Mandatet", FreeText.LongTextMax);
        return mandate == state.Mandate ? [] : WithCitizenMark([new ImplementationGroupMandateSet(mandate)], CitizenText.MandateId, context);
    }

    private static IReadOnlyList<ImplementationGroupEvent> RecordDecision(RecordGroupDecision c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        Identifier.Valid(c.DecisionId);
        var title = FreeText.Required(c.Title, "Beslutningen", FreeText.TitleMax);
        var rationale = FreeText.Optional(c.Rationale, "Begrundelsen", FreeText.LongTextMax);
        if (state.Decisions.Exists(d => d.Id == c.DecisionId)) return [];
        if (state.IdInUse(c.DecisionId)) throw RuleViolation.Conflict("Id'et bruges allerede i gruppen.");
        if (state.Decisions.Count >= MaxDecisions)
            throw RuleViolation.Refused($"Beslutningsloggen kan højst have {MaxDecisions} beslutninger.");
        var actions = c.Actions.IsDefault ? [] : c.Actions;
        if (actions.Length > MaxActionsPerDecision)
            throw RuleViolation.Invalid($"En beslutning kan højst skabe {MaxActionsPerDecision} handlinger ad gangen.");
        if (actions.Select(a => a.ActivityId).Distinct().Count() != actions.Length)
            throw RuleViolation.Invalid("To handlinger har samme id.");

        List<ImplementationGroupEvent> events = [new ImplementationDecisionRecorded(c.DecisionId, title, rationale, context.Actor.PersonId, context.Now)];
        // Folded with the decision already in, so an action cannot take the decision's own id.
        var after = Evolve(state, events);
        foreach (var action in actions)
        {
            var add = new AddActivity(action.ActivityId, new ActivityFields(action.Title, "", action.Principles, action.OwnerId, null, action.Due, PlanItemStatus.Planned));
            var added = ImplementationPlan.Add(add, after, context);
            if (added.Count == 0) throw RuleViolation.Conflict($"Handlingen {action.ActivityId} findes allerede.");
            after = Evolve(after, added);
            events.AddRange(added);
            events.Add(new ActivityDecided(action.ActivityId, c.DecisionId));
        }
        if (context.Actor.WritesAsCitizen) events.Add(new CitizenTextWritten(c.DecisionId));
        return events;
    }

    private static IReadOnlyList<ImplementationGroupEvent> NoteForce(NoteForce c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        Identifier.Valid(c.ForceId);
        if (!Enum.IsDefined(c.Kind)) throw RuleViolation.Invalid("Vælg drivkraft eller barriere.");
        var text = FreeText.Required(c.Text, "Teksten", FreeText.LongTextMax);
        if (state.Forces.Exists(f => f.Id == c.ForceId)) return [];
        if (state.IdInUse(c.ForceId)) throw RuleViolation.Conflict("Id'et bruges allerede i gruppen.");
        if (state.Forces.Count >= MaxForces)
            throw RuleViolation.Refused($"Gruppen kan højst notere {MaxForces} drivkræfter og barrierer.");
        return WithCitizenMark([new DriverOrBarrierNoted(c.ForceId, c.Kind, text)], c.ForceId, context);
    }

    private static IReadOnlyList<ImplementationGroupEvent> RemoveForce(RemoveForce c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayEditPlan(state, context);
        return state.Forces.Exists(f => f.Id == c.ForceId) ? [new DriverOrBarrierRemoved(c.ForceId)] : [];
    }

    private static IReadOnlyList<ImplementationGroupEvent> SubmitReport(SubmitReport c, ImplementationGroupState state, CommandContext context)
    {
        EnsureMayGovern(state, context);
        Identifier.Valid(c.ReportId);
        var title = FreeText.Required(c.Title, "Overskriften", FreeText.TitleMax);
        var text = FreeText.Required(c.Text, "Rapporten", FreeText.LongTextMax);
        if (state.Reports.Exists(r => r.Id == c.ReportId)) return [];
        if (state.IdInUse(c.ReportId)) throw RuleViolation.Conflict("Id'et bruges allerede i gruppen.");
        if (state.Reports.Count >= MaxReports)
            throw RuleViolation.Refused($"Gruppen kan højst have {MaxReports} rapporter.");
        return WithCitizenMark([new ImplementationReportSubmitted(c.ReportId, title, text, context.Actor.PersonId, context.Now)], c.ReportId, context);
    }

    internal static IReadOnlyList<ImplementationGroupEvent> WithCitizenMark(List<ImplementationGroupEvent> events, string itemId, CommandContext context)
    {
        if (events.Count > 0 && context.Actor.WritesAsCitizen) events.Add(new CitizenTextWritten(itemId));
        return events;
    }

    internal static void EnsureMayGovern(ImplementationGroupState state, CommandContext context)
    {
        if (!state.MayGovern(context.Actor))
            throw RuleViolation.Forbidden("Kun gruppens tovholder og ledere kan ændre medlemmer, mandat og rapporter.");
    }

    internal static void EnsureMayEditPlan(ImplementationGroupState state, CommandContext context)
    {
        if (!state.MayEditPlan(context.Actor))
            throw RuleViolation.Forbidden("Kun gruppens medlemmer kan redigere implementeringsplanen.");
    }

    public static ImplementationGroupState Evolve(ImplementationGroupState state, IEnumerable<ImplementationGroupEvent> events) =>
        events.Aggregate(state, Evolve);

    public static ImplementationGroupState Evolve(ImplementationGroupState state, ImplementationGroupEvent e) => e switch
    {
        ImplementationGroupEstablished x => state with { Established = true, Name = x.Name, Focus = x.Focus },
        ImplementationGroupMemberAdded x => state with { Members = state.Members.Add(new(x.PersonId, x.Role)) },
        ImplementationGroupMemberRemoved x => state with
        {
            Members = state.Members.RemoveAll(m => m.PersonId == x.PersonId),
            TovholderId = state.TovholderId == x.PersonId ? null : state.TovholderId,
        },
        ImplementationGroupTovholderAppointed x => state with { TovholderId = x.PersonId },
        ImplementationGroupMandateSet x => state with { Mandate = x.Mandate },
        ImplementationDecisionRecorded x => state with
        {
            Decisions = state.Decisions.Add(new(x.DecisionId, x.Title, x.Rationale, x.RecordedBy, x.RecordedAt, [])),
        },
        ActivityDecided x => ImplementationPlan.Evolve(state, x) with
        {
            Decisions = state.Decisions.Select(d => d.Id == x.DecisionId ? d with { ActivityIds = d.ActivityIds.Add(x.ActivityId) } : d).ToImmutableList(),
        },
        DriverOrBarrierNoted x => state with { Forces = state.Forces.Add(new(x.ForceId, x.Kind, x.Text)) },
        DriverOrBarrierRemoved x => state with { Forces = state.Forces.RemoveAll(f => f.Id == x.ForceId) },
        ImplementationReportSubmitted x => state with
        {
            Reports = state.Reports.Add(new(x.ReportId, x.Title, x.Text, x.SubmittedBy, x.SubmittedAt)),
        },
        CitizenTextWritten x => state with { CitizenTexts = state.CitizenTexts.Add(x.ItemId) },
        TrialActionProposed or TrialActionLearningRecorded or TrialActionPromoted => TrialActions.Evolve(state, e),
        _ => ImplementationPlan.Evolve(state, e),
    };
}
