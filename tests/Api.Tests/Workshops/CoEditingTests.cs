using Marten;
using Recovery.Grains;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>Forty real SignalR clients type into one item at once, on a real cluster and PostgreSQL.</summary>
public sealed class CoEditingTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Forty_people_typing_at_once_end_with_the_stored_text_holding_every_edit_once()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var clients = new List<RoomClient>();
        for (var i = 0; i < 40; i++)
        {
            var pass = await Rooms.AdmitAsync(api.Server, room.Code, $"Gæst {i}", Ct);
            var client = new RoomClient(api.Server.Address, pass.Token, room.Workshop);
            await client.ConnectAsync(Ct);
            clients.Add(client);
        }
        var wanderer = clients[0];

        await Task.WhenAll(clients.Select((client, n) => Task.Run(async () =>
        {
            var random = new Random(n);
            for (var k = 0; k < 12; k++)
            {
                if (client == wanderer && k == 4) await client.DisconnectAsync();
                if (client == wanderer && k == 9) await client.ConnectAsync(Ct);
                client.Type(room.Item, ItemFields.Description, text => Markers.InsertAtBoundary(text, $"<{n}.{k}>", random));
                await Task.Delay(random.Next(5, 60), Ct);
            }
        }, Ct)));

        var latest = await LatestRevision(room);
        await Task.WhenAll(clients.Select(c => c.SettleAsync(latest, SettleTimeout, Ct)));
        var stored = await StoredDescription(room);
        Assert.All(clients, c => Assert.Equal(stored, c.Text(room.Item, ItemFields.Description)));
        Assert.All(clients, c => Assert.Empty(c.Refusals));
        var markers = Enumerable.Range(0, 40).SelectMany(n => Enumerable.Range(0, 12).Select(k => $"<{n}.{k}>")).ToArray();
        Assert.Equal([], markers.Where(m => Markers.Occurrences(stored, m) != 1));
        var (steps, commits) = await StepsAndCommits(room);
        Assert.True(commits < steps / 2, $"{steps} steps took {commits} commits: edits that arrive together must share one.");
        foreach (var client in clients) await client.DisposeAsync();
    }

    /// <summary>Rows of one transaction share its start time, so distinct timestamps count the commits.</summary>
    private async Task<(long Steps, long Commits)> StepsAndCommits(OpenRoom room)
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*), count(DISTINCT timestamp) FROM recovery.mt_events WHERE stream_id = @s", connection);
        command.Parameters.AddWithValue("s", WorkshopKeys.Stream(room.Municipality, room.Id));
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<long> LatestRevision(OpenRoom room)
    {
        await using var observer = new RoomClient(api.Server.Address, api.Tokens["herning-chef"], room.Workshop);
        await observer.ConnectAsync(Ct);
        return observer.Revision;
    }

    /// <summary>The description as PostgreSQL holds it: the workshop's stored steps folded from scratch.</summary>
    private async Task<string> StoredDescription(OpenRoom room)
    {
        await using var store = DocumentStore.For(o => o.ConfigureRecovery(api.Server.ConnectionString));
        await using var session = store.QuerySession(room.Municipality);
        var events = await session.Events.FetchStreamAsync(WorkshopKeys.Stream(room.Municipality, room.Id), token: Ct);
        var state = events.Aggregate(WorkshopState.Initial, (s, e) => WorkshopDecider.Evolve(s, new WorkshopStep(e.Version, e.UserName, null, (WorkshopEvent)e.Data)));
        return state.Item(room.Item)!.Description.Text;
    }
}
