namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// A citizen's record, pure. Staff-like roles enrol citizens; the own staff listed on the citizen
/// change that list, issue personal codes and enter answers; the citizen, signed in with the
/// personal code, answers too. Nobody else reaches a single answer.
/// </summary>
public static class CitizenDecider
{
    public const int MaxOwnStaff = 20;

    /// <summary>
    /// Those who work with citizens day to day. Strategic leaders, politicians and the national
    /// coordinator steer by the aggregates and never see a person's answers; a tovholder may enrol
    /// and then works with that citizen as any staff member does.
    /// </summary>
    public static bool IsStaff(Caller caller) =>
        !caller.IsScoped && caller.Role is Role.Staff or Role.CaseHandler or Role.PeerWorker or Role.ProfessionalLeader or Role.Tovholder;

    public static bool IsOwnStaff(Caller caller, CitizenState state, string self) =>
        IsStaff(caller) && caller.Municipality == TenantKeys.Tenant(self) && state.OwnStaff.Contains(caller.PersonId);

    public static bool IsTheCitizen(Caller caller, string self) => caller is { Role: Role.Citizen, IsScoped: true } && caller.Scope == self;

    /// <summary>Who sees this citizen's single answers and trend: the citizen and their own staff, nobody else.</summary>
    public static bool SeesIndividual(Caller caller, CitizenState state, string self) => IsTheCitizen(caller, self) || IsOwnStaff(caller, state, self);

    public static IReadOnlyList<CitizenEvent> Decide(CitizenCommand command, CitizenState state, CommandContext context, string self)
    {
        if (command is EnrolCitizen enrol) return Enrol(enrol, state, context, self);
        if (!state.Enrolled) throw RuleViolation.NotFound("Borgeren findes ikke.");
        return command switch
        {
            ChangeCitizenStaff c => ChangeStaff(c, state, context, self),
            IssuePersonalCode c => IssueCode(c, state, context, self),
            AnswerMeasure c => Answer(c, state, context, self),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static IReadOnlyList<CitizenEvent> Enrol(EnrolCitizen c, CitizenState state, CommandContext context, string self)
    {
        if (!IsStaff(context.Actor) || context.Actor.Municipality != TenantKeys.Tenant(self))
            throw RuleViolation.Forbidden("Kun medarbejdere i kommunen kan oprette borgere til målingerne.");
        // Pseudonyms are drawn at random: a taken one is a collision, and the caller draws again.
        if (state.Enrolled) throw RuleViolation.Conflict("Pseudonymet er allerede i brug.");
        var staff = OwnStaff([context.Actor.PersonId, .. c.OwnStaff.IsDefault ? [] : c.OwnStaff]);
        return [new CitizenEnrolled(CitizenKeys.Pseudonym(self), staff, context.Now, context.Actor.PersonId)];
    }

    private static IReadOnlyList<CitizenEvent> ChangeStaff(ChangeCitizenStaff c, CitizenState state, CommandContext context, string self)
    {
        var actor = context.Actor;
        var ownMunicipality = actor.Municipality == TenantKeys.Tenant(self) && !actor.IsScoped;
        var tovholder = ownMunicipality && actor.Role == Role.Tovholder;
        if (!IsOwnStaff(actor, state, self) && !tovholder)
            throw RuleViolation.Forbidden("Kun borgerens egne medarbejdere og tovholderen kan ændre, hvem der følger borgeren.");
        var staff = OwnStaff(c.OwnStaff.IsDefault ? [] : c.OwnStaff);
        // A tovholder reassigns citizens when staff leave, but cannot give themself access this way.
        if (!IsOwnStaff(actor, state, self) && staff.Contains(actor.PersonId))
            throw RuleViolation.Forbidden("Du kan ikke selv give dig adgang til en borgers svar. Bed en af borgerens medarbejdere om det.");
        return staff.Order(StringComparer.Ordinal).SequenceEqual(state.OwnStaff.Order(StringComparer.Ordinal))
            ? []
            : [new CitizenStaffChanged(staff, context.Now, actor.PersonId)];
    }

    private static IReadOnlyList<CitizenEvent> IssueCode(IssuePersonalCode c, CitizenState state, CommandContext context, string self)
    {
        if (!IsOwnStaff(context.Actor, state, self))
            throw RuleViolation.Forbidden("Kun borgerens egne medarbejdere kan lave en personlig kode.");
        if (c.CodeHash is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
            throw RuleViolation.Invalid("Ugyldig kode.");
        return state.CodeHash == hash ? [] : [new PersonalCodeIssued(hash, context.Now, context.Actor.PersonId)];
    }

    private static IReadOnlyList<CitizenEvent> Answer(AnswerMeasure c, CitizenState state, CommandContext context, string self)
    {
        var citizen = IsTheCitizen(context.Actor, self);
        if (!citizen && !IsOwnStaff(context.Actor, state, self))
            throw RuleViolation.Forbidden("Kun borgeren selv og borgerens egne medarbejdere kan indtaste svar.");
        var instrument = Enum.IsDefined(c.Instrument) ? Instruments.Of(c.Instrument) : throw RuleViolation.Invalid("Ukendt måleredskab.");
        var answers = c.Answers.IsDefault ? [] : c.Answers;
        if (answers.Length != instrument.Items.Length)
            throw RuleViolation.Invalid($"{instrument.Name} har {instrument.Items.Length} udsagn; send ét svar (eller intet) pr. udsagn.");
        if (answers.Any(a => a < instrument.Min || a > instrument.Max))
            throw RuleViolation.Invalid($"Svarene i {instrument.Name} skal være mellem {instrument.Min} og {instrument.Max}.");
        if (answers.All(a => a is null)) throw RuleViolation.Invalid("Besvar mindst ét udsagn.");
        // Only staff enter on someone's behalf; a citizen's own answers are never marked so.
        var onBehalf = !citizen && c.OnBehalf;
        var period = MeasurePeriods.Of(context.Now);
        var last = state.Measures.LastOrDefault(m => m.Instrument == c.Instrument && m.Period == period);
        if (last is not null && last.Answers.SequenceEqual(answers) && last.OnBehalf == onBehalf) return [];
        return [new MeasureAnswered(c.Instrument, [.. answers], instrument.Score(answers), period, context.Now, context.Actor.PersonId, onBehalf)];
    }

    private static string[] OwnStaff(IEnumerable<string> staff)
    {
        var distinct = staff.Distinct().ToArray();
        if (distinct.Length == 0) throw RuleViolation.Invalid("En borger skal følges af mindst én medarbejder.");
        if (distinct.Length > MaxOwnStaff) throw RuleViolation.Invalid($"En borger kan højst følges af {MaxOwnStaff} medarbejdere.");
        foreach (var person in distinct) Identifier.Valid(person);
        return distinct;
    }

    public static CitizenState Evolve(CitizenState state, CitizenEvent e) => e switch
    {
        CitizenEnrolled x => state with { Pseudonym = x.Pseudonym, OwnStaff = [.. x.OwnStaff] },
        CitizenStaffChanged x => state with { OwnStaff = [.. x.OwnStaff] },
        PersonalCodeIssued x => state with { CodeHash = x.CodeHash },
        MeasureAnswered x => state with { Measures = state.Measures.Add(new(x.Instrument, [.. x.Answers], x.Score, x.Period, x.At, x.EnteredBy, x.OnBehalf)) },
        _ => state,
    };
}
