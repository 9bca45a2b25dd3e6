using Marten;
using Microsoft.Extensions.Logging;
using Recovery.Grains.People;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// Not reentrant: one citizen has few writers, and issuing a code must see the code it replaces.
/// Nothing is published to the live hub: a citizen's answers must have no path out but <see cref="View"/>.
/// </summary>
internal sealed partial class CitizenGrain(IDocumentStore store, TimeProvider clock, ILogger<CitizenGrain> logger) : Grain, ICitizenGrain
{
    private EventStream<CitizenState, CitizenEvent> stream = null!;
    private CommandQueue<CitizenState, CitizenEvent, CitizenCommand> commands = null!;

    private string Self => this.GetPrimaryKeyString();
    private string Municipality => TenantKeys.Tenant(Self);

    public override Task OnActivateAsync(CancellationToken ct)
    {
        var pseudonym = CitizenKeys.Pseudonym(Self);
        if (!CitizenKeys.IsPseudonym(pseudonym)) throw RuleViolation.Invalid("Ugyldigt pseudonym.");
        stream = new(store, Municipality, CitizenKeys.Stream(Municipality, pseudonym), CitizenState.Initial, CitizenDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => CitizenDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow()), Self),
            _ => Task.CompletedTask,
            logger);
        return stream.Load(ct);
    }

    public async Task<CitizenView> View(string through, string? readerName = null)
    {
        var caller = Caller.Current!;
        CitizenAccessEntry.ValidThrough(through);
        if (!stream.State.Enrolled) throw RuleViolation.NotFound("Borgeren findes ikke.");
        if (!CitizenDecider.SeesIndividual(caller, stream.State, Self))
            throw RuleViolation.Forbidden("Kun borgeren selv og borgerens egne medarbejdere kan se borgerens svar.");
        // Logged before the answers leave: a read the log cannot record does not happen.
        var citizen = CitizenDecider.IsTheCitizen(caller, Self);
        var known = !citizen && readerName?.Trim() is { Length: > 0 and <= FreeText.NameMax } name && !FreeText.ContainsCpr(name)
            ? await PersonDirectory.EntryFor(store, Municipality, caller.PersonId, name)
            : null;
        await using (var session = store.LightweightSession(Municipality))
        {
            known?.Invoke(session);
            session.Insert(new CitizenAccessEntry(
                Guid.NewGuid(), stream.State.Pseudonym, citizen ? CitizenAccessEntry.TheCitizen : caller.PersonId, caller.Role.ToClaim(), through, clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }
        return CitizenView.Of(stream.State, stream.Version, CitizenDecider.IsOwnStaff(caller, stream.State, Self));
    }

    public Task<long> Enrol(EnrolCitizen command) => Execute(command);

    public Task<long> ChangeStaff(ChangeCitizenStaff command) => Execute(command);

    public async Task<IssuedPersonalCode> IssueCode()
    {
        var code = PersonalCodes.New();
        var hash = PersonalCodes.Hash(PersonalCodes.Normalize(code)!);
        var replaced = stream.State.CodeHash;
        var version = await commands.Submit(new IssuePersonalCode(hash), Caller.Current!, session =>
        {
            if (replaced is not null) session.Delete<PersonalCodeEntry>(replaced);
            session.Store(new PersonalCodeEntry(hash, Self));
        });
        return new IssuedPersonalCode(code, version);
    }

    public Task<long> Answer(AnswerMeasure command) => Execute(command);

    public Task Admit(string codeHash)
    {
        if (!stream.State.Enrolled || stream.State.CodeHash != codeHash || !CitizenDecider.IsTheCitizen(Caller.Current!, Self))
            throw RuleViolation.NotFound(PersonalCodeEntry.Unknown);
        return Task.CompletedTask;
    }

    public async Task Erase()
    {
        var caller = Caller.Current!;
        if (!stream.State.Enrolled) throw RuleViolation.NotFound("Borgeren findes ikke.");
        await using (var session = store.LightweightSession(Municipality))
        {
            await CitizenErasure.Queue(session, store, Municipality, CitizenKeys.Stream(Municipality, stream.State.Pseudonym!), stream.State);
            session.Store(new ErasureRecord(Guid.NewGuid(), ErasureKind.CitizenMeasures, null, caller.PersonId, caller.Role.ToClaim(), clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }
        await stream.Load(CancellationToken.None);
        LogErased(logger, Municipality);
        DeactivateOnIdle();
    }

    [LoggerMessage(LogLevel.Information, "A citizen's measures were erased in municipality {Municipality}")]
    private static partial void LogErased(ILogger logger, string municipality);

    private Task<long> Execute(CitizenCommand command) => commands.Submit(command, Caller.Current!);
}
