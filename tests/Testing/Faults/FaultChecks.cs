using System.Diagnostics;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Testing.Faults;

/// <summary>Compares what each client was told (acknowledged, saved) and shows with what PostgreSQL and a fresh client hold.</summary>
public static class FaultChecks
{
    private const int NotesPerKind = 3;

    /// <summary>
    /// A survivor's client waits longer than this for its first acknowledgement after a kill only when the
    /// workshop itself had to move: typing at one edit a second or faster is answered well within it otherwise.
    /// </summary>
    private static readonly TimeSpan MovedWait = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// The client's first edit acknowledged again: sent (or sent again) after the fault began and
    /// acknowledged after <paramref name="resumeFrom"/>, so nothing in flight before the fault counts.
    /// </summary>
    public static Ack? Resumed(RoomClient client, long faultAt, long resumeFrom) =>
        client.Acks.FirstOrDefault(a => a.SentAt >= faultAt && a.At >= resumeFrom);

    public static FaultOutcome Check(
        Fault fault, IReadOnlyList<RoomClient> clients, RoomClient fresh, IReadOnlyList<string> items, StoredOps stored,
        long faultAt, long resumeFrom, IReadOnlyList<RoomClient>? victimsClients)
    {
        var notes = new List<string>();
        void Note(string note)
        {
            var kind = note[..note.IndexOf(':')];
            if (notes.Count(n => n.StartsWith(kind + ":", StringComparison.Ordinal)) < NotesPerKind) notes.Add(note);
        }

        var acks = clients.SelectMany(c => c.Acks.Select(a => (Client: c, Ack: a))).ToArray();
        var lost = acks.Where(a => stored[a.Ack.OpId] == 0).ToArray();
        foreach (var (client, ack) in lost) Note($"lost: {client.Participant} op {ack.OpId} acknowledged at revision {ack.Revision}");
        var duplicated = stored.Count.Where(c => c.Value > 1).ToArray();
        foreach (var (op, count) in duplicated) Note($"duplicated: op {op} stored {count} times");

        var savedMissing = 0;
        foreach (var client in clients)
        {
            var claims = client.SavedClaims;
            foreach (var ack in client.Acks.Where(a => stored[a.OpId] == 0))
            {
                if (claims.FirstOrDefault(c => c.Session == ack.Session && c.At >= ack.At && c.Revision >= ack.Revision) is not { } claim) continue;
                savedMissing++;
                Note($"told saved: {client.Participant} op {ack.OpId} at revision {ack.Revision}, saved up to {claim.Revision}, not stored");
            }
        }

        var divergent = 0;
        foreach (var client in clients)
        {
            var differs = items.Where(i => client.Text(i, ItemFields.Description) != fresh.Text(i, ItemFields.Description)).ToArray();
            if (differs.Length == 0 && client.Idle) continue;
            divergent++;
            Note($"divergent: {client.Participant} at revision {client.Revision} of {fresh.Revision}, idle {client.Idle}, " +
                 $"{differs.Length} of {items.Count} texts differ");
        }

        var refusals = clients.SelectMany(c => c.Refusals).ToArray();
        foreach (var refusal in refusals.Distinct()) Note($"refused: {refusal[Math.Max(0, refusal.Length - 160)..]}");

        foreach (var client in clients.Where(c => Resumed(c, faultAt, resumeFrom) is null))
            Note($"not resumed: {client.Participant} on {client.Server}, connected {client.Connected}, reconnects {client.Reconnects}, " +
                 $"{client.Acks.Count(a => a.At >= faultAt)} acknowledged since the fault");

        var recovery = clients.Select(c => Resumed(c, faultAt, resumeFrom)).OfType<Ack>()
            .Select(a => Stopwatch.GetElapsedTime(resumeFrom, a.At).TotalSeconds).Order().ToArray();
        bool? hostKilled = null;
        if (victimsClients is not null)
        {
            var waits = clients.Except(victimsClients)
                .Select(c => Resumed(c, faultAt, resumeFrom) is { } a ? Stopwatch.GetElapsedTime(resumeFrom, a.At) : TimeSpan.MaxValue)
                .Order().ToArray();
            hostKilled = waits.Length > 0 && waits[waits.Length / 2] > MovedWait;
        }

        return new FaultOutcome(fault, clients.Count, acks.Length, lost.Length, duplicated.Length, divergent, savedMissing, refusals.Length,
            clients.Count(c => c.Reconnects > 0), clients.Count(c => c.StorageOutages > 0), recovery, clients.Count - recovery.Length, hostKilled, notes);
    }
}
