using System.Diagnostics;
using Recovery.Testing.Processes;
using Recovery.Testing.Workshops;

namespace Recovery.Testing.Faults;

/// <summary>
/// One fault in the middle of a workshop on a cluster of two real silo processes: clients split evenly
/// over the silos, each with the list of both silo URLs as its front, type into shared texts; the fault
/// strikes; typing goes on until every client has had an edit acknowledged again, and a little longer;
/// then everything settles, a fresh client joins, and <see cref="FaultChecks"/> compares what the clients
/// were told with what PostgreSQL holds.
/// </summary>
public static class FaultScenario
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static async Task<FaultOutcome> RunAsync(SiloCluster cluster, Fault fault, FaultPlan plan, Action<string> log, CancellationToken ct)
    {
        await cluster.EnsureRunningAsync(2, ct);
        var silos = cluster.Running.Take(2).ToArray();
        var servers = silos.Select(s => s.Address).ToArray();
        var facilitator = await cluster.TokenFor("herning-tovholder", ct);
        using var http = new HttpClient { BaseAddress = servers[Random.Shared.Next(2)] };
        http.DefaultRequestHeaders.Authorization = new("Bearer", facilitator);
        var room = await Rooms.OpenAsync(http, "657", FaultPlan.Texts, ct, "Fælles tekst ");
        // The kill takes the silo holding the workshop: the worst case, where the room itself must move.
        var victim = fault == Fault.SiloKill ? await WorkshopHost.FindAsync(silos, facilitator, room.Workshop, ct) : 0;
        using var door = new HttpClient { BaseAddress = servers[1 - victim] };
        var tokens = new List<string> { facilitator, await cluster.TokenFor("herning-chef", ct) };
        while (tokens.Count < plan.Clients) tokens.Add((await Rooms.AdmitAsync(door, room.Code, $"Gæst {tokens.Count}", ct)).Token);

        var typists = tokens.Take(plan.Clients)
            .Select((token, i) => new Typist(new RoomClient(servers, token, room.Workshop, failover: true, first: i % 2), room.Items, seed: i))
            .ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = new List<Task>();
        try
        {
            await Parallel.ForEachAsync(typists, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
                async (typist, c) => await ConnectAsync(typist.Client, c));
            running.AddRange(typists.Select(t => t.RunAsync(stop.Token)));
            log($"{fault}: {typists.Length} clients typing in {room.Workshop}");
            await Task.Delay(plan.Before, ct);

            var faultAt = Stopwatch.GetTimestamp();
            if (fault == Fault.SiloKill)
            {
                silos[victim].Kill();
                log($"killed the silo at {servers[victim]}, where the workshop lived");
            }
            else
            {
                await cluster.RestartPostgresAsync(plan.PostgresDown, ct);
                log("PostgreSQL is back");
            }
            var resumeFrom = fault == Fault.SiloKill ? faultAt : Stopwatch.GetTimestamp();
            await Until(() => typists.All(t => FaultChecks.Resumed(t.Client, faultAt, resumeFrom) is not null), plan.ResumeLimit, ct);
            await Task.Delay(plan.After, ct);

            foreach (var typist in typists) typist.StopTyping();
            await Until(() => typists.All(t => t.Client.Idle), FaultPlan.SettleLimit, ct);
            var survivor = fault == Fault.SiloKill ? 1 - victim : 0;
            using var lateDoor = new HttpClient { BaseAddress = servers[survivor] };
            var late = (await Rooms.AdmitAsync(lateDoor, room.Code, "Sidst ankomne", ct)).Token;
            await using var fresh = new RoomClient(servers, late, room.Workshop, failover: true, first: survivor);
            await ConnectAsync(fresh, ct);
            await Until(() => typists.All(t => t.Client.Revision >= fresh.Revision), FaultPlan.SettleLimit, ct);
            var stored = await StoredOps.ReadAsync(cluster.ConnectionString, room.Municipality, room.Id, ct);
            for (var waited = Stopwatch.StartNew(); stored.Version < fresh.Revision && waited.Elapsed < FaultPlan.SettleLimit;)
            {
                await Task.Delay(Poll, ct);
                stored = await StoredOps.ReadAsync(cluster.ConnectionString, room.Municipality, room.Id, ct);
            }
            await stop.CancelAsync();
            await Task.WhenAll(running);
            var outcome = FaultChecks.Check(fault, typists.Select(t => t.Client).ToArray(), fresh, room.Items, stored, faultAt, resumeFrom,
                victimsClients: fault == Fault.SiloKill ? [.. typists.Where((_, i) => i % 2 == victim).Select(t => t.Client)] : null);
            log(outcome.ToString());
            return outcome;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ContinueWith(_ => { }, CancellationToken.None);
            foreach (var typist in typists) await typist.Client.DisposeAsync();
        }
    }

    /// <summary>A first join may meet a silo still settling into the cluster: "try again" is tried again.</summary>
    private static async Task ConnectAsync(RoomClient client, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.ConnectAsync(ct);
                return;
            }
            catch (Exception e) when (RoomClient.Retryable(e, ct) && attempt < 20)
            {
                await Task.Delay(250 * attempt, ct);
            }
        }
    }

    /// <summary>Waits for the condition until the limit; the checks afterwards say what did not happen.</summary>
    private static async Task Until(Func<bool> condition, TimeSpan limit, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < limit) await Task.Delay(Poll, ct);
    }
}
