using Marten;

namespace Recovery.Grains.Shared;

/// <summary>
/// What one event did to which item, in Danish, without the actor. People appear as
/// <c>{person:&lt;id&gt;}</c> and earlier versions as <c>{version:&lt;n&gt;}</c>, so names (which may be erased)
/// and dates are filled in when read; literal braces in quoted free text are doubled (<c>{{</c>, <c>}}</c>).
/// </summary>
public sealed record Narration(string? ItemId, string Text)
{
    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    /// <summary>A person by id, for the reader to name (or call "slettet person").</summary>
    public static string Person(string personId) => $"{{person:{personId}}}";

    /// <summary>Free text in quotes, its braces doubled so it can never pose as a token.</summary>
    public static string Quote(string text) => $"\"{text.Replace("{", "{{").Replace("}", "}}")}\"";

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Danish);
}

/// <summary>One told event as history: when, by whom (person id and role claim), about which item, what.</summary>
public sealed record HistoryEntry(long Version, DateTimeOffset At, string ActorId, string? ActorRole, string? ItemId, string Text);

/// <summary>
/// A group's stream through time, for any slice: its history narrated event by event, and its state
/// at an earlier version or moment, all folded with the slice's own pure Evolve from the stored events.
/// Reads one tenant's stream only; callers check access first.
/// </summary>
/// <param name="narrate">Null for an event no person did as such (a mark kept for other reasons): it is folded, not told.</param>
public sealed class StreamHistory<TState, TEvent>(TState initial, Func<TState, TEvent, TState> evolve, Func<TState, TEvent, Narration?> narrate)
    where TEvent : class
{
    /// <summary>Every told event of the stream, oldest first, narrated against the state just before it.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> Entries(IDocumentStore store, string tenant, string key, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var events = await session.Events.FetchStreamAsync(key, token: ct);
        var state = initial;
        var entries = new List<HistoryEntry>(events.Count);
        foreach (var stored in events)
        {
            if (stored.Data is not TEvent e) continue;
            if (narrate(state, e) is var (itemId, text))
            {
                var role = stored.Headers?.TryGetValue("role", out var value) == true ? value?.ToString() : null;
                entries.Add(new HistoryEntry(stored.Version, stored.Timestamp, stored.UserName ?? "", role, itemId, text));
            }
            state = evolve(state, e);
        }
        return entries;
    }

    /// <summary>The state right after <paramref name="version"/> (or the latest, if the stream is shorter).</summary>
    public async Task<(TState State, long Version)> At(IDocumentStore store, string tenant, string key, long version, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        return Fold(await session.Events.FetchStreamAsync(key, version: version, token: ct));
    }

    /// <summary>The state as it was at <paramref name="moment"/>, by the time PostgreSQL stored each event.</summary>
    public async Task<(TState State, long Version)> AsOf(IDocumentStore store, string tenant, string key, DateTimeOffset moment, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        // Npgsql writes only UTC offsets to a timestamptz; a Copenhagen moment would be refused.
        return Fold(await session.Events.FetchStreamAsync(key, timestamp: moment.ToUniversalTime(), token: ct));
    }

    private (TState, long) Fold(IReadOnlyList<JasperFx.Events.IEvent> events) =>
        (events.Select(e => e.Data).OfType<TEvent>().Aggregate(initial, evolve), events.Count == 0 ? 0 : events[^1].Version);
}
