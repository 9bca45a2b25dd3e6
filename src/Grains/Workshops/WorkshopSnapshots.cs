using Marten;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Keeps a workshop quick to load however long its stream grows: every <see cref="Interval"/> steps a
/// <see cref="StreamSnapshot"/> of the state goes into the same transaction as the journal's append,
/// and a load folds only the steps after it. The grain's state may already hold steps that are not
/// stored yet, so this folds what is committed onto a copy of its own: a snapshot is exactly the state
/// at its version.
/// </summary>
internal sealed class WorkshopSnapshots(IDocumentStore store, string stream)
{
    /// <summary>
    /// The state holds up to 5,000 op ids and two windows of text edits (a few hundred kB as JSON), so
    /// it is written less often than a steering group's; a load folds at most this many steps less one.
    /// </summary>
    public const int Interval = 1000;

    private WorkshopState committed = WorkshopState.Initial;
    private long snapshotAt;
    private bool following = true;

    /// <summary>The latest snapshot's state, or the initial one when there is none of this shape.</summary>
    public async Task<WorkshopState> Restore(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<StreamSnapshot>(stream, ct) is { } snapshot
        && snapshot.TryRead<WorkshopState>(store, out var state) && state.Revision == snapshot.Version
            ? state
            : WorkshopState.Initial;

    /// <summary>The state as loaded: the snapshot (if any) and every stored step after it.</summary>
    public void Loaded(WorkshopState state, long snapshotVersion) => (committed, snapshotAt) = (state, snapshotVersion);

    /// <summary>
    /// Stores a snapshot in <paramref name="session"/> when <paramref name="batch"/> brings the stream an
    /// interval past the last one. Returns what to remember once the session is committed.
    /// </summary>
    public Action Add(IDocumentSession session, IReadOnlyList<WorkshopStep> batch)
    {
        // A commit that seemed to fail yet was stored is not folded here: rather no more snapshots from
        // this activation than one of a state that misses steps.
        if (!following || batch.Count == 0 || batch[0].Revision != committed.Revision + 1)
        {
            following = false;
            return () => { };
        }
        var after = batch.Aggregate(committed, WorkshopDecider.Evolve);
        var due = after.Revision - snapshotAt >= Interval;
        if (due) session.Store(StreamSnapshot.Of(store, stream, after.Revision, after));
        return () => (committed, snapshotAt) = (after, due ? after.Revision : snapshotAt);
    }
}
