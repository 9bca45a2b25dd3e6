using Marten;

namespace Recovery.Grains.Shared;

/// <summary>
/// One aggregate's Marten event stream as its grain sees it: the state folded from the stored
/// events and the version it was folded to. Appends carry that version as the expected one, so a
/// second activation (or another silo) that appended first makes this append fail loudly instead
/// of being overwritten; the stream then reloads and the caller gets a conflict to retry.
/// Every <paramref name="snapshotEvery"/> events a <see cref="StreamSnapshot"/> of the state goes into
/// the same transaction as the append, and a load folds only the events after it.
/// </summary>
internal sealed class EventStream<TState, TEvent>(
    IDocumentStore store, string tenant, string key, TState initial, Func<TState, TEvent, TState> evolve, int snapshotEvery = 200)
    where TEvent : class
{
    private long snapshotVersion;

    public TState State { get; private set; } = default!;
    public long Version { get; private set; }

    public async Task Load(CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var (state, from) = Restore(await session.LoadAsync<StreamSnapshot>(key, ct));
        var events = await session.Events.FetchStreamAsync(key, fromVersion: from + 1, token: ct);
        State = events.Select(e => e.Data).OfType<TEvent>().Aggregate(state, evolve);
        Version = events.Count == 0 ? from : events[^1].Version;
        snapshotVersion = from;
    }

    private (TState State, long Version) Restore(StreamSnapshot? snapshot) =>
        snapshot is not null && snapshot.TryRead<TState>(store, out var state) ? (state, snapshot.Version) : (initial, 0);

    /// <summary>
    /// Appends the events, each with its own actor as metadata, in one transaction together with
    /// <paramref name="alsoStore"/>; on success <paramref name="after"/> (the state the caller already
    /// folded them into) becomes the state. Returns the stored event type names.
    /// </summary>
    public async Task<IReadOnlyList<string>> Append(
        IReadOnlyList<(TEvent Event, Caller Actor)> events, TState after, Action<IDocumentSession> alsoStore, CancellationToken ct)
    {
        if (events.Count == 0) return [];
        await using var session = store.LightweightSession(tenant);
        var data = events.Select(e => (object)e.Event).ToArray();
        var action = Version == 0
            ? session.Events.StartStream(key, data)
            : session.Events.Append(key, Version + events.Count, data);
        for (var i = 0; i < events.Count; i++) action.Events[i].AttributeTo(events[i].Actor);
        var snapshot = Version + events.Count - snapshotVersion >= snapshotEvery;
        if (snapshot) session.Store(StreamSnapshot.Of(store, key, Version + events.Count, after));
        alsoStore(session);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (EventAttribution.IsLostRace(e))
        {
            await Load(ct);
            throw RuleViolation.Conflict("Andre har ændret det samme i mellemtiden. Siden er genindlæst; prøv igen.");
        }
        catch
        {
            // A lost connection may hide a commit that happened: reload rather than trust the old version.
            // If even the reload fails, the next append's version check will catch a stale version.
            try
            {
                await Load(CancellationToken.None);
            }
            catch (Exception)
            {
            }
            throw;
        }
        State = after;
        Version += events.Count;
        if (snapshot) snapshotVersion = Version;
        return action.Events.Select(e => e.EventTypeName).ToArray();
    }

    public TState Evolve(TState state, IEnumerable<TEvent> events) => events.Aggregate(state, evolve);
}
