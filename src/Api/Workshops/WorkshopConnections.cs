using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Recovery.Api.Auth;

namespace Recovery.Api.Workshops;

/// <summary>
/// This silo's workshop connections: which workshops each has joined and as whom, so a removed
/// guest's or a closed room's connections can be closed, and a dropped connection leaves the room.
/// </summary>
internal sealed class WorkshopConnections
{
    private sealed record Entry(HubCallerContext Context, ConcurrentDictionary<string, string> Workshops);

    private readonly ConcurrentDictionary<string, Entry> entries = new();

    public void Joined(HubCallerContext context, string workshop, string participant) =>
        entries.GetOrAdd(context.ConnectionId, _ => new Entry(context, new()))
            .Workshops[workshop] = participant;

    /// <summary>False when the connection was not in the workshop.</summary>
    public bool Left(string connection, string workshop) =>
        entries.TryGetValue(connection, out var entry) && entry.Workshops.TryRemove(workshop, out _);

    /// <summary>The workshops the connection was in; it is forgotten.</summary>
    public IReadOnlyCollection<string> Disconnected(string connection) =>
        entries.TryRemove(connection, out var entry) ? entry.Workshops.Keys.ToArray() : [];

    public IReadOnlyList<string> Of(string workshop, string participant) =>
        [.. entries.Where(e => e.Value.Workshops.TryGetValue(workshop, out var who) && who == participant).Select(e => e.Key)];

    /// <summary>Closes the connections of one participant, or of every guest when <paramref name="participant"/> is null.</summary>
    public void Close(string workshop, string? participant)
    {
        foreach (var entry in entries.Values)
        {
            if (!entry.Workshops.TryGetValue(workshop, out var who)) continue;
            if (participant is null ? entry.Context.User.ToCaller()?.IsScoped == true : who == participant) entry.Context.Abort();
        }
    }
}
