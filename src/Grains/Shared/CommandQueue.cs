using Marten;

namespace Recovery.Grains.Shared;

/// <summary>
/// Group commit for one aggregate grain. The grain is reentrant, so commands that arrive while a
/// transaction is being committed wait here and are decided one after another, in arrival order,
/// against the state their predecessors leave; their events then go to PostgreSQL in one
/// transaction with one expected-version check. Sixteen people saving at once cost one commit, not
/// sixteen in a row. A refused command fails alone; a failed transaction fails every command in it,
/// and none of their events is kept, so an acknowledged command is always stored.
/// </summary>
internal sealed class CommandQueue<TState, TEvent, TCommand>(
    EventStream<TState, TEvent> stream,
    Func<TCommand, TState, Caller, IReadOnlyList<TEvent>> decide,
    Func<IReadOnlyList<string>, Task> notify)
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
        try
        {
            while (waiting.Count > 0)
            {
                var batch = waiting.ToArray();
                waiting.Clear();
                await Commit(batch);
            }
        }
        finally
        {
            committing = false;
        }
    }

    private async Task Commit(Pending[] batch)
    {
        var state = stream.State;
        var events = new List<(TEvent Event, Caller Actor)>();
        var accepted = new List<(Pending Command, int EventsSoFar)>();
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
                pending.Done.SetException(refusal);
            }
        }

        var before = stream.Version;
        IReadOnlyList<string> stored;
        try
        {
            stored = await stream.Append(events, session => StoreAlso(accepted, session), CancellationToken.None);
        }
        catch (Exception e)
        {
            foreach (var (pending, _) in accepted) pending.Done.SetException(e);
            return;
        }
        foreach (var (pending, eventsSoFar) in accepted) pending.Done.SetResult(before + eventsSoFar);
        await notify(stored);
    }

    private static void StoreAlso(List<(Pending Command, int EventsSoFar)> accepted, IDocumentSession session)
    {
        var previous = 0;
        foreach (var (pending, eventsSoFar) in accepted)
        {
            // Only a command that stored something stores its documents (a repeated add stores no name).
            if (eventsSoFar > previous) pending.AlsoStore?.Invoke(session);
            previous = eventsSoFar;
        }
    }
}
