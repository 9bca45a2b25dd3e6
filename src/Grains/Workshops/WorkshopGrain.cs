using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Sequences a workshop's changes. Reentrant so that proposals keep being sequenced while earlier
/// ones are being stored: each proposal is decided and applied in one turn and handed to the
/// journal, which stores it with its neighbours; once stored, it is sent to every silo's bridge and
/// its author is answered. Nobody sees a step PostgreSQL does not have, so a crashed silo takes
/// nothing with it that a client already shows.
/// </summary>
[Reentrant]
internal sealed partial class WorkshopGrain(IDocumentStore store, TimeProvider clock, ILogger<WorkshopGrain> logger) : Grain, IWorkshopGrain
{
    private const int SnapshotWhenBehind = 500;

    private WorkshopState state = WorkshopState.Initial;
    private WorkshopJournal journal = null!;
    private RoomBroadcast broadcast = null!;
    private readonly WorkshopPresence presence = new();
    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();
    /// <summary>Another activation wrote to the stream: this one answers nothing more before it is gone.</summary>
    private bool superseded;

    private string Key => this.GetPrimaryKeyString();
    private (string Municipality, string Id) Parts => WorkshopKeys.Parse(Key) ?? throw RuleViolation.NotFound("Workshoppen findes ikke.");
    private ISteeringGroupGrain SteeringGroup => GrainFactory.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(Parts.Municipality));

    public override async Task OnActivateAsync(CancellationToken ct)
    {
        var (municipality, id) = Parts;
        journal = new WorkshopJournal(store, municipality, WorkshopKeys.Stream(municipality, id), logger);
        journal.Stored += steps =>
        {
            foreach (var step in steps) Broadcast(new StepBroadcast(Key, step.ForOthers()));
        };
        journal.Storing += answering => Broadcast(new StorageBroadcast(Key, answering));
        journal.Superseded += StepAside;
        state = await journal.Load(ct);
        broadcast = new RoomBroadcast(new LiveBridgeCache(GrainFactory, clock), Key, logger);
        await broadcast.Start();
        names = await PlanSnapshot.Names(store, municipality, state.Members);
    }

    // A silo shutting down stores what the room typed last before the workshop leaves it. The
    // journal is missing when activation failed on a malformed key.
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken ct) =>
        journal is null ? Task.CompletedTask : journal.Close(ct);

    public Task<WorkshopSummary?> Summary() => Task.FromResult(state.Phase switch
    {
        WorkshopPhase.None => null,
        var phase => new WorkshopSummary(Parts.Id, state.Title, state.StartsAt,
            phase switch { WorkshopPhase.Open => WorkshopStatus.Open, WorkshopPhase.Closed => WorkshopStatus.Closed, _ => WorkshopStatus.Scheduled },
            Facilitating ? state.Code : null),
    });

    public async Task<long> Schedule(ScheduleWorkshop command)
    {
        if (WorkshopDecider.Schedule(command, state) is not WorkshopScheduled scheduled) return state.Revision;
        await SteeringGroup.PlanWorkshop(new PlanWorkshop(Parts.Id, scheduled.Title, scheduled.StartsAt));
        return await SequenceAndStore(scheduled);
    }

    public async Task<OpenedWorkshop> Open()
    {
        if (state.Phase == WorkshopPhase.Open) return new OpenedWorkshop(state.Revision, state.Code!);
        var group = (await SteeringGroup.View()).State;
        var code = GuestCodes.New();
        if (WorkshopDecider.Open(code, PlanSnapshot.Items(group), PlanSnapshot.Members(group), state) is not { } opened)
            return new OpenedWorkshop(state.Revision, state.Code!);
        names = await PlanSnapshot.Names(store, Parts.Municipality, ((WorkshopOpened)opened).Members);
        var version = await SequenceAndStore(opened, session => session.Store(new WorkshopInvitation(code, Key)));
        return new OpenedWorkshop(version, code);
    }

    public async Task<long> Close()
    {
        if (state.Phase == WorkshopPhase.Closed) return state.Revision;
        var closed = (WorkshopClosed)WorkshopDecider.Close(state);
        await SteeringGroup.RecordWorkshop(new RecordWorkshop(Parts.Id, clock.GetUtcNow(), closed.Outcome));
        var code = state.Code!;
        var version = await SequenceAndStore(closed, session => session.Delete<WorkshopInvitation>(code));
        Broadcast(new EndedBroadcast(Key, "closed", null));
        presence.Clear();
        return version;
    }

    public async Task<long> Revoke(string participant)
    {
        if (WorkshopDecider.Revoke(participant, state) is not { } revoked) return state.Revision;
        var version = await SequenceAndStore(revoked);
        presence.RemoveParticipant(participant);
        Broadcast(new EndedBroadcast(Key, "revoked", participant));
        Broadcast(new PresenceBroadcast(Key, presence.List()));
        return version;
    }

    public Task<string> AdmitGuest(string code)
    {
        WorkshopDecider.EnsureOpen(state);
        if (GuestCodes.Normalize(code) != state.Code) throw RuleViolation.NotFound("Koden passer ikke til en åben workshop.");
        return Task.FromResult(Identifier.New("g"));
    }

    public async Task<Joined> Join(string connection, string name, long? since, bool pending)
    {
        var caller = Participating();
        var me = new Participant(caller.PersonId, FreeText.Required(name, "Navn", FreeText.NameMax), caller.Role.ToClaim(), caller.IsScoped);
        // A full room refuses before anything is recorded: a refused join leaves no arrival behind.
        presence.Enter(connection, me);
        if (WorkshopDecider.Arrive(caller.PersonId, caller.Role, state) is { } arrived) Sequence(arrived, caller, null).Stored.Ignore();
        // Presence lives only in this activation: a room in use must not be collected while people pause.
        DelayDeactivation(TimeSpan.FromHours(12));
        Broadcast(new PresenceBroadcast(Key, presence.List()));
        var caught = await CatchUpFor(caller, since, pending);
        return new Joined(me, Facilitating, caught.Revision,
            caught.Saved, clock.GetUtcNow(), caught.Snapshot, caught.Steps, presence.List());
    }

    public Task<Catch> CatchUp(long since, bool pending) => CatchUpFor(Participating(), since, pending);

    /// <summary>Answers once the step is stored: an answer always means "saved".</summary>
    public async Task<Submitted> Submit(Proposal proposal)
    {
        var caller = Participating();
        if (state.Sequenced.Find(caller.PersonId, proposal.Id) is { } earlier)
        {
            // A resend may overtake the commit of the first send: it is answered when that is stored.
            if (earlier > journal.Committed) await journal.AllStored;
            return new Submitted(earlier, Duplicate: true);
        }
        await EnsureCurrent(proposal.Base);
        var decided = RoomDecider.Decide(proposal, state, new RoomContext(caller.PersonId, Facilitating, clock.GetUtcNow()));
        var (step, stored) = Sequence(decided, caller, proposal.Id);
        await stored;
        return new Submitted(step.Revision, Duplicate: false);
    }

    public Task Focus(string connection, string? item, string? field)
    {
        Participating();
        if (presence.Focus(connection, item, field)) Broadcast(new PresenceBroadcast(Key, presence.List()));
        return Task.CompletedTask;
    }

    public Task Leave(string connection)
    {
        if (presence.Leave(connection)) Broadcast(new PresenceBroadcast(Key, presence.List()));
        return Task.CompletedTask;
    }

    private bool Facilitating => Caller.Current is { IsScoped: false, Governs: true } caller && caller.Municipality == Parts.Municipality;

    private Caller Participating()
    {
        var caller = Caller.Current!;
        if (superseded) throw Reloading();
        WorkshopDecider.EnsureOpen(state);
        if (state.Revoked.Contains(caller.PersonId)) throw RuleViolation.Forbidden("Din adgang til workshoppen er trukket tilbage.");
        return caller;
    }

    /// <summary>What the caller is missing, as far as it is stored: clients never hold a step PostgreSQL may lose.</summary>
    private async Task<Catch> CatchUpFor(Caller caller, long? since, bool pending)
    {
        if (since is { } seen) await EnsureCurrent(seen);
        var at = state;
        await journal.AllStored;
        if (since is null || since > at.Revision || (!pending && at.Revision - since > SnapshotWhenBehind))
        {
            // Read afresh for each whole snapshot: a member erased while the room is open is named no more to anyone who joins after.
            names = await PlanSnapshot.Names(store, Parts.Municipality, at.Members);
            return new Catch(at.Revision, journal.Committed, WorkshopSnapshot.Of(at, caller.PersonId, names), null);
        }
        var steps = await journal.Since(since.Value, at.Revision);
        return new Catch(steps.Count > 0 ? steps[^1].Revision : since.Value, journal.Committed, null,
            [.. steps.Select(s => s.Author == caller.PersonId ? s : s.ForOthers())]);
    }

    /// <summary>
    /// A client that has seen a later revision than this activation holds may be one that moved here
    /// from another activation of this workshop (during a change of cluster membership both can live
    /// for a while, and the expected-version check lets only one of them write). If PostgreSQL has
    /// more than this activation, it starts over from the events; a made-up revision changes nothing.
    /// </summary>
    private async Task EnsureCurrent(long seen)
    {
        if (seen <= state.Revision || await journal.StoredVersion() <= state.Revision) return;
        LogBehind(Key, state.Revision);
        StepAside();
        throw Reloading();
    }

    /// <summary>This activation's state is not the truth: it answers nothing more and leaves for one that loads the events.</summary>
    private void StepAside()
    {
        superseded = true;
        DeactivateOnIdle();
    }

    /// <summary>Retryable: the client sends the same again, and the next activation has every stored step.</summary>
    private static RuleViolation Reloading() => RuleViolation.Unavailable("Workshoppen hentes igen på serveren. Prøv igen om lidt.");

    /// <summary>Applies the step and queues it for storage; the journal sends it to the room once stored.</summary>
    private (WorkshopStep Step, Task Stored) Sequence(WorkshopEvent decided, Caller actor, string? opId, Action<IDocumentSession>? alsoStore = null)
    {
        var step = new WorkshopStep(state.Revision + 1, actor.PersonId, opId, decided);
        state = WorkshopDecider.Evolve(state, step);
        return (step, journal.Add(step, state, actor, alsoStore));
    }

    /// <summary>For the facilitator's plan/open/close: they are answered only once stored.</summary>
    private async Task<long> SequenceAndStore(WorkshopEvent decided, Action<IDocumentSession>? alsoStore = null)
    {
        var (step, stored) = Sequence(decided, Caller.Current!, null, alsoStore);
        await stored;
        return step.Revision;
    }

    private void Broadcast(WorkshopBroadcast message) => broadcast.Send(message);

    [LoggerMessage(LogLevel.Warning, "{Workshop} was written by another activation after revision {Revision}; this one reloads")]
    private partial void LogBehind(string workshop, long revision);
}
