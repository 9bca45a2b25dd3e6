namespace Recovery.Grains.Municipalities;

/// <summary>
/// The municipality stream's state machine: pure, no I/O. Who may send each command is checked at
/// the grain boundary (see <see cref="IMunicipalityGrain"/>); the decider narrows it where the
/// access levels are too coarse.
/// </summary>
public static class MunicipalityDecider
{
    /// <summary>Lists of groups are read by waking each one, so their number is bounded.</summary>
    public const int MaxGroups = 50;

    public static IReadOnlyList<MunicipalityEvent> Decide(MunicipalityCommand command, MunicipalityState state, CommandContext context)
    {
        var programme = state.Programme;
        return command switch
        {
            RegisterGroup c when state.Groups.Any(g => g.Key == c.GroupKey) => [],
            RegisterGroup when state.Groups.Count >= MaxGroups =>
                throw RuleViolation.Refused($"En kommune kan højst have {MaxGroups} grupper."),
            RegisterGroup c => [new MunicipalityGroupRegistered(c.GroupKey, c.Kind)],
            JoinProgramme => programme.Joined ? [] : [new ProgrammeJoined(context.Actor.PersonId, context.Now)],
            // The reference network is open to every municipality, also those outside the programme.
            JoinReferenceNetwork => Network(true, programme, context),
            LeaveReferenceNetwork => Network(false, programme, context),
            _ when !programme.Joined => throw RuleViolation.Refused("Kommunen er ikke tilmeldt programmet endnu. Tilmeld den først."),
            ChangeProgrammePhase c => ChangePhase(c, programme),
            TickChecklistItem c => Tick(c, programme, context),
            ShareCitizenText c => Share(c, programme, context),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    public static MunicipalityState Evolve(MunicipalityState state, MunicipalityEvent e) => e switch
    {
        MunicipalityGroupRegistered r => state with { Groups = state.Groups.Add(new RegisteredGroup(r.GroupKey, r.Kind)) },
        ProgrammeJoined j => state with
        {
            Programme = state.Programme with { Joined = true, JoinedBy = j.JoinedBy, JoinedAt = j.At, Phase = ProgrammePhase.StartUp },
        },
        ProgrammePhaseChanged p => state with { Programme = state.Programme with { Phase = p.To } },
        ChecklistItemTicked t => state with
        {
            Programme = state.Programme with { Ticks = state.Programme.Ticks.RemoveAll(x => x.Item == t.Item).Add(new(t.Item, t.By, t.At)) },
        },
        ChecklistItemUnticked u => state with { Programme = state.Programme with { Ticks = state.Programme.Ticks.RemoveAll(x => x.Item == u.Item) } },
        CitizenTextSharingChanged s => state with { Programme = state.Programme with { SharesCitizenText = s.Shared } },
        ReferenceNetworkJoined => state with { Programme = state.Programme with { ReferenceNetworkMember = true } },
        ReferenceNetworkLeft => state with { Programme = state.Programme with { ReferenceNetworkMember = false } },
        _ => state,
    };

    private static IReadOnlyList<MunicipalityEvent> ChangePhase(ChangeProgrammePhase c, ProgrammeState programme)
    {
        if (!Enum.IsDefined(c.Phase))
            throw RuleViolation.Invalid("Fasen findes ikke; vælg Opstart, Analyse, Afprøvning og udvikling eller Afrapportering og formidling.");
        return c.Phase == programme.Phase ? [] : [new ProgrammePhaseChanged(programme.Phase, c.Phase)];
    }

    private static IReadOnlyList<MunicipalityEvent> Tick(TickChecklistItem c, ProgrammeState programme, CommandContext context)
    {
        if (!Enum.IsDefined(c.Item))
            throw RuleViolation.Invalid("Punktet findes ikke på tjeklisten.");
        var ticked = programme.Tick(c.Item) is not null;
        // The first tick stands: ticking again is a retry, and keeps who did it and when.
        return (c.Ticked, ticked) switch
        {
            (true, false) => [new ChecklistItemTicked(c.Item, context.Actor.PersonId, context.Now)],
            (false, true) => [new ChecklistItemUnticked(c.Item)],
            _ => [],
        };
    }

    private static IReadOnlyList<MunicipalityEvent> Share(ShareCitizenText c, ProgrammeState programme, CommandContext context)
    {
        if (!ProgrammeState.MayDecideCitizenTextSharing(context.Actor))
            throw RuleViolation.Forbidden("Kun kommunens strategiske leder kan bestemme, om borgernes tekst deles med den nationale koordinator.");
        return c.Shared == programme.SharesCitizenText ? [] : [new CitizenTextSharingChanged(c.Shared)];
    }

    private static IReadOnlyList<MunicipalityEvent> Network(bool join, ProgrammeState programme, CommandContext context)
    {
        if (!ProgrammeState.MayDecideReferenceNetwork(context.Actor))
            throw RuleViolation.Forbidden("Kun kommunens strategiske leder kan melde kommunen ind i eller ud af referencenetværket.");
        if (join == programme.ReferenceNetworkMember) return [];
        return join
            ? [new ReferenceNetworkJoined(context.Actor.PersonId, context.Now)]
            : [new ReferenceNetworkLeft(context.Actor.PersonId, context.Now)];
    }
}
