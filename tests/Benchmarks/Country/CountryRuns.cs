using System.Diagnostics;
using Recovery.Benchmarks.Storm;
using Recovery.Testing.Processes;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Country;

/// <summary>One run of a level: on the product (the two silos, fresh rooms each run) or on the floor (the bare room hub).</summary>
public static class CountryRuns
{
    /// <summary>Rooms opened at once: each is three GraphQL mutations, and on two cores more only queue.</summary>
    private const int OpeningAtOnce = 4;

    /// <summary>
    /// Each room is planned and opened over GraphQL by a tovholder of its municipality, on a plan item
    /// added for it, through silo 1 and 2 in turn; everyone else comes in as a guest with the room's code,
    /// participant p through silo p mod 2, so every room has people on both silos, as a load balancer
    /// without affinity would spread them.
    /// </summary>
    public static async Task<CountryRun> Product(CountryLevel level, CountryOptions options, SiloCluster cluster, Meters meters, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var (before, clientsBefore) = (meters.Silos().Sum(), Meters.Own());
        var codes = CountryMunicipalities.Codes.Take(level.Rooms).ToArray();
        var rooms = new OpenRoom[level.Rooms];
        await Parallel.ForEachAsync(Enumerable.Range(0, level.Rooms), new ParallelOptions { MaxDegreeOfParallelism = OpeningAtOnce, CancellationToken = ct },
            async (r, token) =>
            {
                using var http = cluster.Http(r % cluster.Silos.Count, CountryMunicipalities.Tovholder(codes[r]));
                rooms[r] = await Rooms.OpenAsync(http, codes[r], token);
            });
        var opened = meters.Silos().Sum();
        Console.Error.WriteLine($"{level.Shape}, product: {level.Rooms} rooms opened in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");

        await using var crowd = await Guests(level, cluster, rooms, ct);
        var setup = Stopwatch.GetElapsedTime(started);
        Console.Error.WriteLine($"{level.Shape}, product: {level.Connections - crowd.JoinFailures} participants joined in {setup.TotalSeconds:0.0} s, {crowd.JoinFailures} could not.");
        // Let the joins' own work (snapshots, activations) finish before reading what the connections hold.
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        var (connected, clientsConnected) = (meters.Silos().Sum(), Meters.Own());

        var (window, typed) = await crowd.Type(level, options, meters);
        var typedMemory = meters.Silos().Sum();
        var notSettled = await crowd.Crowd.Settle((_, p) => p.Idle, ct);
        // What the server holds, read as a newcomer reads it: a fresh Join's snapshot, taken once every edit is in.
        var truth = new List<(long Revision, string Text)>();
        foreach (var (room, r) in rooms.Select((room, r) => (room, r)))
        {
            await using var newcomer = new Participant(
                new WorkshopLine(cluster.Silos[r % cluster.Silos.Count].Address, CountryMunicipalities.Tovholder(room.Municipality), room.Workshop),
                room.Item, new SentEdits(), seed: 0);
            await newcomer.JoinAsync(ct);
            truth.Add((newcomer.Revision, newcomer.Text));
        }
        notSettled = Math.Max(notSettled, await crowd.Crowd.Settle((r, p) => p.Revision >= truth[r].Revision && p.AllSaved, ct));
        var divergences = crowd.Crowd.Rooms.Select((room, r) => room.Count(p => p.Text != truth[r].Text)).Sum();
        await using var stored = new StoredText(cluster.ConnectionString);
        var storedMismatches = 0;
        for (var r = 0; r < rooms.Length; r++)
        {
            if (await stored.Description(rooms[r], ct) != truth[r].Text) storedMismatches++;
        }
        var idle = await RoomCrowd.Idle(meters);
        var (missed, samples) = crowd.Tally();
        return new CountryRun(level, Floor: false, samples, crowd.Confirmed, crowd.KeystrokesConfirmed, typed, window, idle, missed, crowd.Refusals,
            crowd.JoinFailures, notSettled, divergences, storedMismatches,
            new Memory(before, opened, connected, typedMemory, clientsBefore, clientsConnected), setup);
    }

    /// <summary>Everyone in as a guest of their room, participant p through silo p mod 2.</summary>
    private static async Task<RoomCrowd> Guests(CountryLevel level, SiloCluster cluster, OpenRoom[] rooms, CancellationToken ct)
    {
        var doors = cluster.Silos.Select((_, i) => cluster.Http(i)).ToArray();
        try
        {
            return await RoomCrowd.Join(level, async (r, p, sent, token) =>
            {
                var silo = p % cluster.Silos.Count;
                var pass = await Rooms.AdmitAsync(doors[silo], rooms[r].Code, $"Gæst {r}-{p}", token);
                return await Enter(new WorkshopLine(cluster.Silos[silo].Address, pass.Token, rooms[r].Workshop), rooms[r].Item, sent, r * 1000 + p, token);
            }, ct);
        }
        finally
        {
            foreach (var door in doors) door.Dispose();
        }
    }

    /// <summary>The same crowd and typing on the bare room hub; room and item ids have the product's lengths, so messages have its sizes.</summary>
    public static async Task<CountryRun> Floor(CountryLevel level, CountryOptions options, BareRoom bare, Meters meters, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var rooms = CountryMunicipalities.Codes.Take(level.Rooms).Select(code => (Workshop: $"{code}/workshop/w-{Guid.NewGuid():N}", Item: $"i-{Guid.NewGuid():N}")).ToArray();
        await using var crowd = await RoomCrowd.Join(level, (r, p, sent, token) =>
            Enter(new BareLine(bare.Address, rooms[r].Workshop), rooms[r].Item, sent, r * 1000 + p, token), ct);
        var setup = Stopwatch.GetElapsedTime(started);
        Console.Error.WriteLine($"{level.Shape}, floor: {level.Connections - crowd.JoinFailures} participants joined in {setup.TotalSeconds:0.0} s, {crowd.JoinFailures} could not.");
        await Task.Delay(TimeSpan.FromSeconds(3), ct);

        var (window, typed) = await crowd.Type(level, options, meters);
        var notSettled = await crowd.Crowd.Settle((_, p) => p.Idle, ct);
        var idle = await RoomCrowd.Idle(meters);
        var (missed, samples) = crowd.Tally();
        return new CountryRun(level, Floor: true, samples, crowd.Confirmed, crowd.KeystrokesConfirmed, typed, window, idle, missed, crowd.Refusals,
            crowd.JoinFailures, notSettled, Divergences: null, StoredMismatches: null, Memory: null, setup);
    }

    /// <summary>Connects and joins; a participant that does not get in is closed again, not left half open.</summary>
    private static async Task<Participant> Enter(RoomLine line, string item, SentEdits sent, int seed, CancellationToken ct)
    {
        var participant = new Participant(line, item, sent, seed);
        try
        {
            await participant.JoinAsync(ct);
            return participant;
        }
        catch
        {
            await participant.DisposeAsync();
            throw;
        }
    }
}
