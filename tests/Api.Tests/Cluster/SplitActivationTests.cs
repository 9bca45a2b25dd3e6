using Marten;
using Npgsql;
using Recovery.Grains;
using Recovery.Grains.Workshops;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Cluster;

/// <summary>
/// Two activations of one workshop at once, as while a silo that the others have declared dead still runs:
/// two silos that do not know each other (each its own cluster) on one database. Clients on both type at
/// random; the expected-version check lets only one activation write each revision, the refused one
/// answers UNAVAILABLE and reloads from the events, and its clients resend with the same op ids.
/// </summary>
public sealed class SplitActivationTests
{
    private const int Rounds = 6;
    private const int MarkersPerClient = 6;
    private static readonly string[] Personas = ["herning-tovholder", "herning-chef", "herning-medarbejder"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_one_activation_writes_each_revision_and_the_refused_one_reloads_so_every_edit_is_stored_exactly_once()
    {
        await using var first = await RecoveryServer.StartAsync();
        await using var second = await RecoveryServer.StartAsync(database: first.ConnectionString, settings: new Dictionary<string, string> { ["Recovery:Demo:Seed"] = "false" });
        var tokens = new Dictionary<string, string>();
        foreach (var persona in Personas) tokens[persona] = await first.TokenFor(persona);
        var reloads = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var random = new Random(round);
            var room = await Rooms.OpenAsync(first, tokens["herning-tovholder"], "657", Ct);
            var clients = Enumerable.Range(0, 4)
                .Select(i => new RoomClient((i % 2 == 0 ? first : second).Address, tokens[Personas[random.Next(Personas.Length)]], room.Workshop))
                .ToArray();
            foreach (var client in clients) reloads += await Connect(client);

            await Task.WhenAll(clients.Select((client, n) => Task.Run(async () =>
            {
                var own = new Random(round * 100 + n);
                for (var k = 0; k < MarkersPerClient; k++)
                {
                    client.Type(room.Item, ItemFields.Description, text => Markers.InsertAtBoundary(text, $"<{n}.{k}>", own));
                    await Task.Delay(own.Next(0, 40), Ct);
                }
            }, Ct)));
            reloads += await SettleResending(clients);

            var stored = await StoredDescription(first, room);
            var markers = Enumerable.Range(0, clients.Length).SelectMany(n => Enumerable.Range(0, MarkersPerClient).Select(k => $"<{n}.{k}>"));
            Assert.Equal([], markers.Where(m => Markers.Occurrences(stored, m) != 1));
            Assert.Equal(0, await RepeatedOpIds(first, room));
            foreach (var client in clients) await client.DisposeAsync();
        }

        Assert.True(reloads > 0, "No activation was ever refused: the two never wrote the same revision, so nothing was tested.");
    }

    /// <summary>
    /// Until every client's edits are acknowledged and it has every step it heard of: a client with a gap catches
    /// up, and one refused as retryable (the activation it reached lost a write, or is reloading) reconnects,
    /// which rejoins and resends what is outstanding. Returns the refusals.
    /// </summary>
    private static async Task<int> SettleResending(RoomClient[] clients)
    {
        var refusals = 0;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(90));
        while (clients.Any(c => c.HasUnsavedEdits || c.Refusals.Count > 0 || c.Revision < c.Saved))
        {
            if (limit.IsCancellationRequested)
                throw new TimeoutException("Not settled: " + string.Join("; ", clients.Select(c => $"{c.Participant} rev {c.Revision} saved {c.Saved} unsaved {c.HasUnsavedEdits} connected {c.Connected}")));
            // A step past a gap: the steps between were written by the other activation and broadcast to its clients.
            foreach (var client in clients.Where(c => c.Revision < c.Saved && c.Connected))
            {
                try
                {
                    await client.CatchUpAsync(Ct);
                }
                catch (Exception e) when (e.Message.Contains("UNAVAILABLE"))
                {
                    client.Refusals.Add(e.Message);
                }
            }
            foreach (var client in clients.Where(c => c.Refusals.Count > 0 || !c.Connected))
            {
                Assert.All(client.Refusals, r => Assert.Contains("UNAVAILABLE", r));
                refusals += client.Refusals.Count;
                client.Refusals.Clear();
                await client.DisconnectAsync();
                refusals += await Connect(client);
            }
            await Task.Delay(100, Ct);
        }
        return refusals;
    }

    /// <summary>Joins, again while the join is refused as retryable (its arrival met the other activation's write); returns the refusals.</summary>
    private static async Task<int> Connect(RoomClient client)
    {
        for (var refusals = 0; ; refusals++)
        {
            try
            {
                await client.ConnectAsync(Ct);
                return refusals;
            }
            catch (Exception e) when (e.Message.Contains("UNAVAILABLE") && refusals < 50)
            {
                await client.DisconnectAsync();
                await Task.Delay(100, Ct);
            }
        }
    }

    private static async Task<string> StoredDescription(RecoveryServer server, OpenRoom room)
    {
        await using var store = DocumentStore.For(o => o.ConfigureRecovery(server.ConnectionString));
        await using var session = store.QuerySession(room.Municipality);
        var events = await session.Events.FetchStreamAsync(WorkshopKeys.Stream(room.Municipality, room.Id), token: Ct);
        var state = events.Aggregate(WorkshopState.Initial, (s, e) => WorkshopDecider.Evolve(s, new WorkshopStep(e.Version, e.UserName, null, (WorkshopEvent)e.Data)));
        return state.Item(room.Item)!.Description.Text;
    }

    private static async Task<long> RepeatedOpIds(RecoveryServer server, OpenRoom room)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(headers->>'op') - count(DISTINCT headers->>'op') FROM recovery.mt_events WHERE stream_id = @s", connection);
        command.Parameters.AddWithValue("s", WorkshopKeys.Stream(room.Municipality, room.Id));
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
