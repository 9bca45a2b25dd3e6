using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Who is in the room right now, by connection (a person may have a laptop and a phone open).
/// Kept in memory only: presence is not history, and guests' names must not outlive the room.
/// </summary>
internal sealed class WorkshopPresence
{
    private readonly Dictionary<string, Participant> connections = [];

    public IEnumerable<string> ConnectionsOf(string participant) =>
        connections.Where(c => c.Value.Id == participant).Select(c => c.Key).ToArray();

    public void Enter(string connection, Participant participant)
    {
        var present = connections.Values.Select(p => p.Id).ToHashSet();
        if (!present.Contains(participant.Id) && present.Count >= RoomDecider.MaxParticipants)
            throw RuleViolation.Refused($"Workshoppen er fuld: højst {RoomDecider.MaxParticipants} deltagere ad gangen.");
        connections[connection] = participant;
    }

    public bool Focus(string connection, string? item, string? field)
    {
        if (!connections.TryGetValue(connection, out var participant) || (participant.Item, participant.Field) == (item, field)) return false;
        connections[connection] = participant with { Item = item, Field = field };
        return true;
    }

    public bool Leave(string connection) => connections.Remove(connection);

    public void RemoveParticipant(string participant)
    {
        foreach (var connection in ConnectionsOf(participant)) connections.Remove(connection);
    }

    public void Clear() => connections.Clear();

    /// <summary>One entry per person, showing what their most recently focused connection edits.</summary>
    public ImmutableArray<Participant> List() =>
        [.. connections.Values.GroupBy(p => p.Id).Select(g => g.LastOrDefault(p => p.Item is not null) ?? g.Last())];
}
