using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>One run of a level: on the product (a fresh Silo and database) or on the floor (the bare room hub).</summary>
public static class StormRuns
{
    private const string Facilitator = "herning-tovholder";
    private const string Municipality = "657";

    /// <summary>
    /// Each room is planned and opened over GraphQL by Herning's tovholder, on a plan item added for it;
    /// everyone else comes in as a guest with the room's code, as people at a workshop do.
    /// </summary>
    public static async Task<StormRun> Product(StormLevel level, StormOptions options, PostgresServer postgres, CpuTime cpu, CancellationToken ct)
    {
        await using var server = await RecoveryServer.StartAsync(demo: true, postgres);
        var facilitator = await server.TokenFor(Facilitator);
        var rooms = new List<OpenRoom>();
        for (var w = 0; w < level.Workshops; w++) rooms.Add(await Rooms.OpenAsync(server, facilitator, Municipality, ct));
        var sent = new SentEdits();
        var people = await Task.WhenAll(rooms.Select((room, w) => Join(level, w, sent, ct, async p =>
        {
            var pass = await Rooms.AdmitAsync(server, room.Code, $"Gæst {w}-{p}", ct);
            return new WorkshopLine(server.Address, pass.Token, room.Workshop);
        }, room.Item)));
        await using var crowd = new Crowd(people);
        Console.Error.WriteLine($"{level.Name}, product: {level.Clients} participants in {rooms.Count} rooms joined.");

        var window = await crowd.Type(level, options, sent, cpu);
        var notSettled = await crowd.Settle((_, p) => p.Idle, ct);
        // What the server holds, read as a newcomer reads it: a fresh Join's snapshot, taken once every edit is in.
        var truth = new List<(long Revision, string Text)>();
        foreach (var room in rooms)
        {
            await using var newcomer = new Participant(new WorkshopLine(server.Address, facilitator, room.Workshop), room.Item, new SentEdits(), seed: 0);
            await newcomer.JoinAsync(ct);
            truth.Add((newcomer.Revision, newcomer.Text));
        }
        notSettled = Math.Max(notSettled, await crowd.Settle((r, p) => p.Revision >= truth[r].Revision && p.AllSaved, ct));
        var divergences = crowd.Rooms.Select((room, r) => room.Count(p => p.Text != truth[r].Text)).Sum();
        await using var stored = new StoredText(server.ConnectionString);
        var storedMismatches = 0;
        for (var r = 0; r < rooms.Count; r++)
        {
            if (await stored.Description(rooms[r], ct) != truth[r].Text) storedMismatches++;
        }
        window = window with { IdleCores = await Crowd.IdleCores(cpu) };
        return StormRun.Of(level, floor: false, crowd, sent, window, notSettled, divergences, storedMismatches);
    }

    /// <summary>The same clients and rates on the bare room hub; room and item ids have the product's lengths, so messages have its sizes.</summary>
    public static async Task<StormRun> Floor(StormLevel level, StormOptions options, BareRoom bare, CpuTime cpu, CancellationToken ct)
    {
        var sent = new SentEdits();
        var people = await Task.WhenAll(Enumerable.Range(0, level.Workshops).Select(w =>
        {
            var workshop = $"{Municipality}/workshop/w-{Guid.NewGuid():N}";
            return Join(level, w, sent, ct, _ => Task.FromResult<RoomLine>(new BareLine(bare.Address, workshop)), $"i-{Guid.NewGuid():N}");
        }));
        await using var crowd = new Crowd(people);
        Console.Error.WriteLine($"{level.Name}, floor: {level.Clients} participants in {level.Workshops} rooms joined.");

        var window = await crowd.Type(level, options, sent, cpu);
        var notSettled = await crowd.Settle((_, p) => p.Idle, ct);
        window = window with { IdleCores = await Crowd.IdleCores(cpu) };
        return StormRun.Of(level, floor: true, crowd, sent, window, notSettled);
    }

    /// <summary>One room's participants, joining one after another as people arrive.</summary>
    private static async Task<IReadOnlyList<Participant>> Join(
        StormLevel level, int room, SentEdits sent, CancellationToken ct, Func<int, Task<RoomLine>> line, string item)
    {
        var participants = new List<Participant>();
        for (var p = 0; p < level.Participants; p++)
        {
            var participant = new Participant(await line(p), item, sent, seed: room * 1000 + p);
            await participant.JoinAsync(ct);
            participants.Add(participant);
        }
        return participants;
    }
}
