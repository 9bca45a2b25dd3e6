using System.Diagnostics;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Logging;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Stores a workshop's steps after they are sequenced; only stored steps are shown to anyone, so a
/// crash can lose nothing that somebody saw. Steps that arrive while a commit is running go to
/// PostgreSQL together in the next one, so a busy room pays one commit per batch, not per keystroke.
/// A failed commit is retried with the same steps until it succeeds. Keeps the latest steps in
/// memory for clients catching up.
/// </summary>
internal sealed partial class WorkshopJournal(IDocumentStore store, string tenant, string stream, ILogger logger)
{
    public const int Kept = 1000;
    internal static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    /// <summary>A sequenced step with the (immutable) state it led to, which a snapshot stores as is.</summary>
    private sealed record Pending(WorkshopStep Step, WorkshopState After, Caller Actor, Action<IDocumentSession>? AlsoStore)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public long SequencedAt { get; } = Stopwatch.GetTimestamp();
    }

    private readonly List<Pending> pending = [];
    private readonly Queue<WorkshopStep> recent = new();
    private readonly WorkshopSnapshots snapshots = new(store, stream);
    private Task draining = Task.CompletedTask;
    private Task tail = Task.CompletedTask;
    private bool closed, failing;

    /// <summary>Every step up to here is in PostgreSQL.</summary>
    public long Committed { get; private set; }

    /// <summary>Told the steps of each commit, in order, once they are in PostgreSQL.</summary>
    public event Action<IReadOnlyList<WorkshopStep>>? Stored;

    /// <summary>Told false when a commit fails, and true when one succeeds again.</summary>
    public event Action<bool>? Storing;

    /// <summary>Completes when every step added so far is in PostgreSQL; fails when one will never be.</summary>
    public Task AllStored => tail;

    /// <summary>Told when another activation wrote to the stream: this one's state is no longer the truth.</summary>
    public event Action? Superseded;

    /// <summary>The workshop as stored: its latest snapshot with the steps after it folded on.</summary>
    public async Task<WorkshopState> Load(CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var from = await snapshots.Restore(session, ct);
        // Only the steps after the snapshot: older ones a client asks for come from PostgreSQL (see Since).
        var steps = Steps(await session.Events.FetchStreamAsync(stream, fromVersion: from.Revision + 1, token: ct));
        var state = steps.Aggregate(from, WorkshopDecider.Evolve);
        Committed = state.Revision;
        foreach (var step in steps.TakeLast(Kept)) recent.Enqueue(step);
        return state;
    }

    /// <summary>Queues the sequenced step, and the state <paramref name="after"/> it, for storage; the task completes when it is committed.</summary>
    public Task Add(WorkshopStep step, WorkshopState after, Caller actor, Action<IDocumentSession>? alsoStore = null)
    {
        var entry = new Pending(step, after, actor, alsoStore);
        pending.Add(entry);
        RecoveryMetrics.WorkshopStepsSequenced.Add(1);
        recent.Enqueue(step);
        if (recent.Count > Kept) recent.Dequeue();
        tail = entry.Done.Task;
        if (draining.IsCompleted) draining = Drain();
        return entry.Done.Task;
    }

    /// <summary>
    /// Waits for the steps in hand to be stored until <paramref name="ct"/> says the deactivation can
    /// wait no longer, then stops retrying. What is still pending was never acknowledged: its authors
    /// send it again to the next activation.
    /// </summary>
    public async Task Close(CancellationToken ct)
    {
        try
        {
            await draining.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            closed = true;
        }
    }

    /// <summary>The steps after <paramref name="revision"/> up to <paramref name="through"/>, from memory or, when older, from PostgreSQL.</summary>
    public async Task<IReadOnlyList<WorkshopStep>> Since(long revision, long through)
    {
        if (recent.TryPeek(out var oldest) ? oldest.Revision <= revision + 1 : revision >= Committed)
            return [.. recent.SkipWhile(s => s.Revision <= revision).TakeWhile(s => s.Revision <= through)];
        var stored = await Read(revision + 1, CancellationToken.None);
        var last = stored.Count > 0 ? stored[^1].Revision : revision;
        var rest = recent.SkipWhile(s => s.Revision <= last).TakeWhile(s => s.Revision <= through).ToArray();
        if (rest.Length > 0 && rest[0].Revision != last + 1)
            throw RuleViolation.Unavailable("Ændringerne kan ikke hentes lige nu, fordi databasen ikke svarer. Prøv igen om lidt.");
        return [.. stored, .. rest];
    }

    private async Task<IReadOnlyList<WorkshopStep>> Read(long fromVersion, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        return Steps(await session.Events.FetchStreamAsync(stream, fromVersion: fromVersion, token: ct));
    }

    private static WorkshopStep[] Steps(IReadOnlyList<IEvent> events) =>
        [.. events.Select(e => new WorkshopStep(e.Version, e.UserName, e.Headers?.GetValueOrDefault("op")?.ToString(), (WorkshopEvent)e.Data))];

    private async Task Drain()
    {
        // The drain outlives the call that started it: it must not carry that caller into later grain calls.
        RequestContext.Clear();
        var failures = 0;
        var busy = false;
        while (pending.Count > 0)
        {
            // A quiet room commits at once. One that kept typing through the last commit waits a
            // moment more, so its typing reaches PostgreSQL in fewer, larger commits: each commit
            // costs PostgreSQL work and allocations that pause the whole silo when collected, and
            // the wait delays what others see only while the room is busy.
            if (busy) await Task.Delay(Linger);
            busy = true;
            var batch = pending.ToArray();
            try
            {
                // After a failure the commit may have happened anyway (the connection dropped on the reply).
                // Storing runs off the grain's scheduler, so building and sending the batch never holds up sequencing.
                var expected = Committed;
                if (failures == 0 || !await StoredAlready(batch, expected)) await Task.Run(() => Append(batch, expected));
                failures = 0;
            }
            catch (Exception e) when (EventAttribution.IsLostRace(e))
            {
                LogSuperseded(e, stream);
                // Nobody saw these steps: their authors send them again to the activation that won.
                foreach (var entry in pending) entry.Done.TrySetException(RuleViolation.Unavailable("Workshoppen blev genstartet. Ændringen sendes igen."));
                pending.Clear();
                Superseded?.Invoke();
                break;
            }
            catch (Exception e) when (closed)
            {
                LogAbandoned(e, pending.Count, stream);
                foreach (var entry in pending) entry.Done.TrySetException(RuleViolation.Unavailable("Ændringen blev ikke gemt. Den sendes igen."));
                pending.Clear();
                break;
            }
            catch (Exception e)
            {
                LogCommitFailed(e, batch.Length, stream);
                if (!failing) Storing?.Invoke(false);
                failing = true;
                await Task.Delay(Backoff[Math.Min(failures++, Backoff.Length - 1)]);
                continue;
            }
            pending.RemoveRange(0, batch.Length);
            Committed = batch[^1].Step.Revision;
            if (failing) Storing?.Invoke(true);
            failing = false;
            Stored?.Invoke([.. batch.Select(p => p.Step)]);
            foreach (var entry in batch)
            {
                RecoveryMetrics.WorkshopSaveLatency.Record(Stopwatch.GetElapsedTime(entry.SequencedAt).TotalMilliseconds);
                entry.Done.TrySetResult();
            }
        }
    }

    private async Task<bool> StoredAlready(Pending[] batch, long committed) => await StoredVersion() >= committed + batch.Length;

    /// <summary>The stream's version in PostgreSQL, whoever wrote it.</summary>
    public async Task<long> StoredVersion()
    {
        await using var session = store.QuerySession(tenant);
        return (await session.Events.FetchStreamStateAsync(stream))?.Version ?? 0;
    }

    private async Task Append(Pending[] batch, long committed)
    {
        await using var session = store.LightweightSession(tenant);
        var data = batch.Select(p => (object)p.Step.Event).ToArray();
        var action = committed == 0
            ? session.Events.StartStream(stream, data)
            : session.Events.Append(stream, committed + batch.Length, data);
        for (var i = 0; i < batch.Length; i++)
        {
            var (stored, entry) = (action.Events[i], batch[i]);
            stored.AttributeTo(entry.Actor, entry.Step.Author);
            if (entry.Step.OpId is { } op) stored.SetHeader("op", op);
            entry.AlsoStore?.Invoke(session);
        }
        var snapshotted = snapshots.Add(session, batch[^1].After);
        await session.SaveChangesAsync();
        snapshotted();
    }

    [LoggerMessage(LogLevel.Error, "Storing {Steps} steps of {Stream} failed; retrying, nobody is told they are saved")]
    private partial void LogCommitFailed(Exception e, int steps, string stream);

    [LoggerMessage(LogLevel.Warning, "{Steps} unsaved steps of {Stream} were dropped as the workshop closed; their authors resend them")]
    private partial void LogAbandoned(Exception e, int steps, string stream);

    [LoggerMessage(LogLevel.Warning, "Another activation wrote to {Stream}; this one stops")]
    private partial void LogSuperseded(Exception e, string stream);
}
