using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>A workshop's life (plan, open, arrive, close) and how every step changes its state; no I/O.</summary>
public static class WorkshopDecider
{
    public const int MaxAgendaPoints = 30;

    public static WorkshopEvent? Schedule(ScheduleWorkshop c, WorkshopState state)
    {
        var title = FreeText.Required(c.Title, "Titel", FreeText.TitleMax);
        if (c.StartsAt.Year is < 2000 or > 2100)
            throw RuleViolation.Invalid("Tidspunktet skal ligge mellem år 2000 og 2100.");
        if (c.Agenda.IsDefault || c.Agenda.Length > MaxAgendaPoints)
            throw RuleViolation.Invalid($"Dagsordenen kan have højst {MaxAgendaPoints} punkter.");
        var agenda = c.Agenda.Select(p => FreeText.Required(p, "Et dagsordenspunkt", FreeText.TitleMax)).ToImmutableArray();
        if (state.Phase == WorkshopPhase.None) return new WorkshopScheduled(title, c.StartsAt, agenda);
        return state.Title == title && state.StartsAt == c.StartsAt && state.Agenda.SequenceEqual(agenda)
            ? null
            : throw RuleViolation.Refused("Workshoppen er allerede planlagt.");
    }

    public static WorkshopEvent? Open(string code, ImmutableArray<WorkshopItem> plan, ImmutableArray<WorkshopMember> members, WorkshopState state) =>
        state.Phase switch
        {
            WorkshopPhase.Scheduled => new WorkshopOpened(code, plan, members),
            WorkshopPhase.Open => null,
            WorkshopPhase.None => throw RuleViolation.NotFound("Workshoppen findes ikke."),
            _ => throw RuleViolation.Refused("Workshoppen er lukket og kan ikke åbnes igen."),
        };

    public static WorkshopEvent? Arrive(string participant, Role role, WorkshopState state)
    {
        EnsureOpen(state);
        if (state.Revoked.Contains(participant))
            throw RuleViolation.Forbidden("Din adgang til workshoppen er trukket tilbage.");
        return state.Arrived.ContainsKey(participant) ? null : new WorkshopParticipantArrived(participant, role.ToClaim());
    }

    public static WorkshopEvent? Revoke(string participant, WorkshopState state)
    {
        EnsureOpen(state);
        if (state.Arrived.GetValueOrDefault(participant) != Role.Guest.ToClaim())
            throw RuleViolation.NotFound("Der er ingen gæst med det id i workshoppen.");
        return state.Revoked.Contains(participant) ? null : new WorkshopGuestRevoked(participant);
    }

    public static WorkshopEvent Close(WorkshopState state)
    {
        EnsureOpen(state);
        var attendance = state.Arrived.Values.GroupBy(r => r).ToImmutableDictionary(g => g.Key, g => g.Count());
        var votes = state.Dots.GroupBy(d => d.Item).Select(g => new ItemDots(g.Key, g.Count())).OrderByDescending(v => v.Dots).ToImmutableArray();
        return new WorkshopClosed(new WorkshopOutcome(attendance, votes, [.. state.Items.Select(i => i.ToPlain())]));
    }

    internal static void EnsureOpen(WorkshopState state)
    {
        switch (state.Phase)
        {
            case WorkshopPhase.None: throw RuleViolation.NotFound("Workshoppen findes ikke.");
            case WorkshopPhase.Scheduled: throw RuleViolation.Refused("Workshoppen er ikke åbnet endnu.");
            case WorkshopPhase.Closed: throw RuleViolation.Refused("Workshoppen er lukket.");
        }
    }

    /// <summary>
    /// Every <see cref="SharedText.Window"/> revisions each text forgets its edits older than that
    /// window, so what the state keeps is bounded by the room's recent activity, not its whole life.
    /// </summary>
    public static WorkshopState Evolve(WorkshopState state, WorkshopStep step)
    {
        var evolved = Apply(state, step);
        return step.Revision % SharedText.Window == 0 ? Forget(evolved, step.Revision - SharedText.Window) : evolved;
    }

    private static WorkshopState Forget(WorkshopState state, long through) => state with
    {
        Items = [.. state.Items.Select(i => i with { Title = i.Title.ForgetThrough(through), Description = i.Description.ForgetThrough(through) })],
    };

    private static WorkshopState Apply(WorkshopState state, WorkshopStep step)
    {
        state = state with
        {
            Revision = step.Revision,
            Sequenced = step is { Author: { } author, OpId: { } id } ? state.Sequenced.Add(author, id, step.Revision) : state.Sequenced,
        };
        return step.Event switch
        {
            WorkshopScheduled s => state with { Phase = WorkshopPhase.Scheduled, Title = s.Title, StartsAt = s.StartsAt, Agenda = s.Agenda },
            WorkshopOpened o => state with
            {
                Phase = WorkshopPhase.Open,
                OpenedAt = step.Revision,
                Code = o.Code,
                Items = [.. o.Plan.Select(ToRoomItem)],
                Members = o.Members,
            },
            WorkshopParticipantArrived a => state with { Arrived = state.Arrived.SetItem(a.Participant, a.Role) },
            WorkshopGuestRevoked r => state with { Revoked = state.Revoked.Add(r.Participant) },
            WorkshopTextEdited t => Change(state, t.Item, i => t.Field == ItemFields.Title
                ? i with { Title = i.Title.Apply(t.Op, step.Revision) }
                : i with { Description = i.Description.Apply(t.Op, step.Revision) }),
            WorkshopFieldChanged f => Change(state, f.Item, i => i with
            {
                Fields = i.Fields.SetItem(f.Field, f.Value),
                FieldRevisions = i.FieldRevisions.SetItem(f.Field, step.Revision),
            }),
            WorkshopItemDrafted d => state with
            {
                Items = state.Items.Add(ToRoomItem(new WorkshopItem(d.Item, d.Prerequisite, d.Title, "", ItemValues.Wire(PlanItemStatus.Planned), null, null))),
            },
            WorkshopDotCast { Delta: > 0 } d => state with { Dots = state.Dots.Add(new(d.Voter ?? step.Author ?? "", d.Item)) },
            WorkshopDotCast d => state with { Dots = state.Dots.Remove(new(d.Voter ?? step.Author ?? "", d.Item)) },
            WorkshopVotingSet v => state with
            {
                // A new round starts with everyone's dots back; an ended round keeps its results.
                Dots = v.Dots > 0 && !state.Room.Voting ? [] : state.Dots,
                Room = state.Room with { VotingDots = v.Dots, AnonymousVoting = v.Anonymous },
            },
            WorkshopAgendaMoved a => state with { Room = state.Room with { Point = a.Point } },
            WorkshopTimerSet t => state with { Room = state.Room with { TimerEndsAt = t.EndsAt } },
            WorkshopSpotlightMoved s => state with { Room = state.Room with { Spotlight = s.Item } },
            WorkshopClosed => state with { Phase = WorkshopPhase.Closed, Code = null },
            _ => state,
        };
    }

    private static RoomItem ToRoomItem(WorkshopItem item) => new(
        item.Id, item.Prerequisite, SharedText.Of(item.Title), SharedText.Of(item.Description),
        ImmutableDictionary<string, string?>.Empty
            .Add(ItemFields.Status, item.Status).Add(ItemFields.Owner, item.Owner).Add(ItemFields.Due, item.Due),
        ImmutableDictionary<string, long>.Empty);

    private static WorkshopState Change(WorkshopState state, string itemId, Func<RoomItem, RoomItem> change) =>
        state.Items.FindIndex(i => i.Id == itemId) is var index and >= 0
            ? state with { Items = state.Items.SetItem(index, change(state.Items[index])) }
            : state;
}
