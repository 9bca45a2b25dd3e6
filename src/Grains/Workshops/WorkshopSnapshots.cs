using Marten;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Keeps a workshop quick to load however long its stream grows: every <see cref="Interval"/> steps a
/// <see cref="StreamSnapshot"/> of the state goes into the same transaction as the journal's append,
/// and a load folds only the steps after it. The snapshot is the grain's own (immutable) state after
/// the batch's last step, so nothing is folded twice.
/// </summary>
internal sealed class WorkshopSnapshots(IDocumentStore store, string stream)
{
    /// <summary>
    /// The state holds up to 5,000 op ids and two windows of text edits (a few hundred kB as JSON), so
    /// it is written less often than a steering group's; a load folds at most this many steps less one.
    /// </summary>
    public const int Interval = 1000;

    private long snapshotAt;

    /// <summary>The latest snapshot's state, or the initial one when there is none of this shape.</summary>
    public async Task<WorkshopState> Restore(IQuerySession session, CancellationToken ct)
    {
        var restored = await session.LoadAsync<StreamSnapshot>(stream, ct) is { } snapshot
            && snapshot.TryRead<WorkshopState>(store, out var state) && state.Revision == snapshot.Version
                ? state
                : WorkshopState.Initial;
        snapshotAt = restored.Revision;
        return restored;
    }

    /// <summary>
    /// Stores <paramref name="after"/> in <paramref name="session"/> when it is an interval past the last
    /// snapshot. Returns what to remember once the session is committed.
    /// </summary>
    public Action Add(IDocumentSession session, WorkshopState after)
    {
        if (after.Revision - snapshotAt < Interval) return () => { };
        session.Store(StreamSnapshot.Of(store, stream, after.Revision, after));
        return () => snapshotAt = after.Revision;
    }
}
