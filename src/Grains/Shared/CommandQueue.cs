using Marten;
using Microsoft.Extensions.Logging;

namespace Recovery.Grains.Shared;

/// <summary>
/// Group commit for one aggregate grain. The grain is reentrant, so commands that arrive while a
/// transaction is being committed wait here and are decided one after another, in arrival order,
/// against the state their predecessors leave; their events then go to PostgreSQL in one
/// transaction with one expected-version check. Sixteen people saving at once cost one commit, not
/// sixteen in a row. A refused command fails alone; a failed transaction fails every command in it,
/// and none of their events is kept, so an acknowledged command is always stored.
/// </summary>
internal sealed partial class CommandQueue<TState, TEvent, TCommand>(
    EventStream<TState, TEvent> stream,
    Func<TCommand, TState, Caller, IReadOnlyList<TEvent>> decide,
    Func<IReadOnlyList<string>, Task> notify,
    ILogger logger)
    where TEvent : class
{
    private sealed record Pending(TCommand Command, Caller Actor, Action<IDocumentSession>? AlsoStore)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly List<Pending> waiting = [];
    private bool committing;

    /// <summary>Decides and stores the command; returns the stream version that includes its events.</summary>
    public Task<long> Submit(TCommand command, Caller actor, Action<IDocumentSession>? alsoStore = null)
    {
        var pending = new Pending(command, actor, alsoStore);
        waiting.Add(pending);
        if (!committing)
        {
            committing = true;
            _ = Drain();
        }
        return pending.Done.Task;
    }

    private async Task Drain()
    {
        // The drain outlives the call that started it: it must not carry that caller into later grain calls.
        RequestContext.Clear();
        while (waiting.Count > 0)
        {
            var batch = waiting.ToArray();
            waiting.Clear();
            try
            {
                await Commit(batch);
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Done.TrySetException(e);
            }
        }
        committing = false;
    }

    private async Task Commit(Pending[] batch)
    {
        var state = stream.State;
        var events = new List<(TEvent Event, Caller Actor)>();
        var accepted = new List<(Pending Pending, int EventsSoFar)>();
        var refused = new List<(Pending Pending, Exception Refusal, bool OnUnstoredState)>();
        foreach (var pending in batch)
        {
            try
            {
                var decided = decide(pending.Command, state, pending.Actor);
                state = stream.Evolve(state, decided);
                events.AddRange(decided.Select(e => (e, pending.Actor)));
                accepted.Add((pending, events.Count));
            }
            catch (Exception refusal)
            {
                // Any exception, not only a RuleViolation: a caller must never wait forever.
                refused.Add((pending, refusal, events.Count > 0));
            }
        }

        var before = stream.Version;
        IReadOnlyList<string> stored;
        try
        {
            stored = await stream.Append(events, state, session => StoreAlso(accepted, session), CancellationToken.None);
        }
        catch (Exception failure)
        {
            // Storage exceptions do not cross silo boundaries (no codec) and mean nothing to a user.
            if (failure is not RuleViolation)
            {
                LogCommitFailed(failure, accepted.Count);
                failure = RuleViolation.Unavailable(UnavailableMessage);
            }
            foreach (var (pending, _) in accepted) pending.Done.TrySetException(failure);
            // A refusal decided on the batch's unstored events may be wrong now: ask for a retry instead.
            foreach (var (pending, refusal, onUnstoredState) in refused)
                pending.Done.TrySetException(onUnstoredState ? RuleViolation.Conflict(ConflictMessage) : refusal);
            return;
        }
        foreach (var (pending, refusal, _) in refused) pending.Done.TrySetException(refusal);
        foreach (var (pending, eventsSoFar) in accepted) pending.Done.TrySetResult(before + eventsSoFar);
        try
        {
            await notify(stored);
        }
        catch (Exception e)
        {
            LogNoticeFailed(e);
        }
    }

    private const string ConflictMessage = "Andre ændrede det samme samtidig, og ændringen blev ikke gemt. Prøv igen.";
    private const string UnavailableMessage = "Ændringen blev ikke gemt, fordi databasen ikke svarede. Prøv igen om lidt.";

    private static void StoreAlso(List<(Pending Pending, int EventsSoFar)> accepted, IDocumentSession session)
    {
        var previous = 0;
        foreach (var (pending, eventsSoFar) in accepted)
        {
            // Only a command that stored something stores its documents (a repeated add stores no name).
            if (eventsSoFar > previous) pending.AlsoStore?.Invoke(session);
            previous = eventsSoFar;
        }
    }

    [LoggerMessage(LogLevel.Error, "A commit of {Commands} commands failed; none of them was stored")]
    private partial void LogCommitFailed(Exception e, int commands);

    [LoggerMessage(LogLevel.Warning, "A live notice could not be sent after a successful commit; clients catch up by version")]
    private partial void LogNoticeFailed(Exception e);
}
