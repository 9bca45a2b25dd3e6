using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Workshops;

/// <summary>Who proposes, whether they run the room, and the server's clock: passed in so deciding stays pure.</summary>
public sealed record RoomContext(string Participant, bool Facilitator, DateTimeOffset Now);

/// <summary>Decides what a participant's proposal becomes in a running workshop; no I/O.</summary>
public static class RoomDecider
{
    public const int MaxItems = SteeringGroups.SteeringGroupDecider.MaxPlanItems;
    public const int MaxInsertedCharacters = FreeText.LongTextMax;
    public const int MaxDots = 10;
    public const int MaxTimerSeconds = 7200;
    public const int MaxParticipants = 100;

    public static WorkshopEvent Decide(Proposal proposal, WorkshopState state, RoomContext context)
    {
        WorkshopDecider.EnsureOpen(state);
        Identifier.Valid(proposal.Id);
        if (proposal.Base < 0 || proposal.Base > state.Revision)
            throw RuleViolation.Invalid($"Revision {proposal.Base} findes ikke; workshoppen er på revision {state.Revision}.");
        if (proposal.Base < state.OpenedAt)
            throw RuleViolation.Stale("Ændringen bygger på en udgave fra før workshoppen åbnede. Hent det nyeste, og send den igen.");
        return proposal.Command switch
        {
            EditText c => EditText(c, proposal.Base, state),
            ChangeField c => ChangeField(c, proposal.Base, state),
            DraftItem c => DraftItem(c, state),
            CastDot c => CastDot(c, state, context),
            SetVoting c => Facilitated(context, () => c.Dots is >= 0 and <= MaxDots
                ? new WorkshopVotingSet(c.Dots, c.Anonymous)
                : throw RuleViolation.Invalid($"Hver deltager kan have 0–{MaxDots} prikker.")),
            MoveAgenda c => Facilitated(context, () => c.Point >= 0 && c.Point < state.Agenda.Length
                ? new WorkshopAgendaMoved(c.Point)
                : throw RuleViolation.NotFound("Dagsordenen har ikke det punkt.")),
            SetTimer c => Facilitated(context, () => c.Seconds switch
            {
                null => new WorkshopTimerSet(null),
                >= 1 and <= MaxTimerSeconds => new WorkshopTimerSet(context.Now.AddSeconds(c.Seconds.Value)),
                _ => throw RuleViolation.Invalid($"Uret kan stilles til 1 sekund–{MaxTimerSeconds / 3600} timer."),
            }),
            MoveSpotlight c => Facilitated(context, () => c.Item is null || state.Item(c.Item) is not null
                ? new WorkshopSpotlightMoved(c.Item)
                : throw MissingItem()),
            _ => throw RuleViolation.Invalid("Ukendt slags ændring."),
        };
    }

    private static WorkshopEvent EditText(EditText c, long baseRevision, WorkshopState state)
    {
        var item = state.Item(c.Item) ?? throw MissingItem();
        var max = c.Field switch
        {
            ItemFields.Title => FreeText.TitleMax,
            ItemFields.Description => FreeText.LongTextMax,
            _ => throw RuleViolation.Invalid("Kun titel og beskrivelse redigeres som tekst."),
        };
        if (c.Op.Components.Sum(s => s is Insert i ? i.Text.Length : 0) > MaxInsertedCharacters)
            throw RuleViolation.Invalid($"En ændring må højst indsætte {MaxInsertedCharacters} tegn.");
        var text = item.Text(c.Field);
        var applied = text.Rebase(c.Op, baseRevision, max);
        if (FreeText.ContainsCpr(applied.Apply(text.Text)))
            throw RuleViolation.Invalid("Teksten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke stå i fælles planer.");
        return new WorkshopTextEdited(item.Id, c.Field, applied);
    }

    private static WorkshopEvent ChangeField(ChangeField c, long baseRevision, WorkshopState state)
    {
        var item = state.Item(c.Item) ?? throw MissingItem();
        var value = c.Field switch
        {
            ItemFields.Status when ItemValues.Status(c.Value) is not null => c.Value,
            ItemFields.Status => throw RuleViolation.Invalid("Ukendt status."),
            ItemFields.Owner when c.Value is null || state.Members.Any(m => m.PersonId == c.Value) => c.Value,
            ItemFields.Owner => throw RuleViolation.NotFound("Den ansvarlige skal være medlem af styregruppen."),
            ItemFields.Due when c.Value is null || ItemValues.Date(c.Value) is { Year: >= 2000 and <= 2100 } => c.Value,
            ItemFields.Due => throw RuleViolation.Invalid("Fristen skal være en dato (ÅÅÅÅ-MM-DD) mellem år 2000 og 2100."),
            _ => throw RuleViolation.Invalid("Ukendt felt."),
        };
        // Fields change in server order: a change decided on an older value lost the race and is told so.
        if (item.FieldRevisions.GetValueOrDefault(c.Field) > baseRevision && item.Fields.GetValueOrDefault(c.Field) != value)
            throw RuleViolation.Conflict(
                $"En anden ændrede {FieldName(c.Field)}, før din ændring nåede frem. Den står nu som «{Shown(c.Field, item.Fields.GetValueOrDefault(c.Field))}»; din ændring er ikke gemt.");
        return new WorkshopFieldChanged(item.Id, c.Field, value);
    }

    private static WorkshopEvent DraftItem(DraftItem c, WorkshopState state)
    {
        Identifier.Valid(c.Item);
        if (c.Prerequisite is < 1 or > 8) throw RuleViolation.Invalid("Forudsætningen skal være 1–8.");
        var title = FreeText.Required(c.Title, "Titel", FreeText.TitleMax);
        if (state.Item(c.Item) is not null) throw RuleViolation.Invalid("Der findes allerede et punkt med det id.");
        if (state.Items.Count >= MaxItems) throw RuleViolation.Refused($"Planen kan højst have {MaxItems} punkter.");
        return new WorkshopItemDrafted(c.Item, c.Prerequisite, title);
    }

    private static WorkshopEvent CastDot(CastDot c, WorkshopState state, RoomContext context)
    {
        if (!state.Room.Voting) throw RuleViolation.Refused("Der stemmes ikke lige nu.");
        if (state.Item(c.Item) is null) throw MissingItem();
        var voter = context.Participant;
        return c.Delta switch
        {
            1 when state.DotsOf(voter) < state.Room.VotingDots => new WorkshopDotCast(c.Item, 1, voter, state.Room.AnonymousVoting),
            1 => throw RuleViolation.Refused($"Du har brugt alle dine {state.Room.VotingDots} prikker."),
            -1 when state.Dots.Contains(new(voter, c.Item)) => new WorkshopDotCast(c.Item, -1, voter, state.Room.AnonymousVoting),
            -1 => throw RuleViolation.Refused("Du har ingen prik på det punkt."),
            _ => throw RuleViolation.Invalid("En prik lægges (1) eller tages tilbage (-1)."),
        };
    }

    private static WorkshopEvent Facilitated(RoomContext context, Func<WorkshopEvent> decide) =>
        context.Facilitator ? decide() : throw RuleViolation.Forbidden("Kun facilitator kan styre rummet.");

    private static string FieldName(string field) => field switch
    {
        ItemFields.Status => "status",
        ItemFields.Owner => "ansvarlig",
        _ => "frist",
    };

    /// <summary>A value as people read it. The decider knows owners by id only; the field beside the message shows who it is now.</summary>
    private static string Shown(string field, string? value) => (field, value) switch
    {
        (_, null) => "ingen",
        (ItemFields.Status, _) => ItemValues.Status(value)?.DanishName() ?? value,
        (ItemFields.Owner, _) => "en anden ansvarlig",
        _ => value,
    };

    private static RuleViolation MissingItem() => RuleViolation.NotFound("Punktet findes ikke i workshoppen.");
}
