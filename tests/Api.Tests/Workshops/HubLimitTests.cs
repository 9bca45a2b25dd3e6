using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Testing;
using Recovery.Testing.Fuzzing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>
/// The limits every hub call passes (Recovery:Hubs): a message too large for the hubs but not for the transport
/// gets a clear error on a connection that stays; one person's calls across all their connections are capped,
/// where the per-connection limit alone would let several windows multiply it.
/// </summary>
public sealed class HubLimitTests : IAsyncLifetime
{
    private const int UserBurst = 20;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RecoveryServer server = null!;

    public async ValueTask InitializeAsync() =>
        // A user's allowance that does not refill within a test, so what is refused is exactly what is over it.
        server = await RecoveryServer.StartAsync(settings: new Dictionary<string, string>
        {
            ["Recovery:Hubs:CallsPerUserPerSecond"] = "0.001",
            ["Recovery:Hubs:CallsPerUserBurst"] = UserBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static object Refusable(string id) => new { id, @base = -1, command = new { kind = "timer", seconds = 60 } };

    private static object Oversized(OpenRoom room, int characters) =>
        new { id = "big", @base = -1, command = new { kind = "text", item = room.Item, field = "description", op = new object[] { new string('a', characters) } } };

    [Fact]
    public async Task A_message_over_the_hub_limit_but_under_the_transports_gets_a_clear_error_and_the_connection_stays()
    {
        var token = await server.TokenFor("herning-chef");
        var room = await Rooms.OpenAsync(server, token, "657", Ct);
        await using var hub = await Hub.ConnectAsync(server, token, Ct);
        await hub.JoinAsync(room.Workshop, Ct);
        var before = await StoredState.ReadAsync(server.ConnectionString, Ct);

        var refusal = await Assert.ThrowsAsync<HubException>(() => hub.SubmitAsync(room.Workshop, Oversized(room, 28_000), Ct));

        Assert.Equal("REQUEST_TOO_LARGE", Hub.Code(refusal));
        Assert.Contains("Beskeden er for stor", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, hub.State);
        Assert.Equal("VALIDATION", await Hub.RefusalAsync(() => hub.SubmitAsync(room.Workshop, Refusable("after"), Ct)));
        Assert.Empty((await StoredState.ReadAsync(server.ConnectionString, Ct)).ChangesSince(before));
    }

    [Fact]
    public async Task A_message_over_the_transports_limit_closes_the_connection_as_the_backstop()
    {
        var token = await server.TokenFor("herning-chef");
        var room = await Rooms.OpenAsync(server, token, "657", Ct);
        await using var hub = await Hub.ConnectAsync(server, token, Ct);
        var closed = new TaskCompletionSource<Exception?>();
        hub.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };

        await Assert.ThrowsAnyAsync<Exception>(() => hub.SubmitAsync(room.Workshop, Oversized(room, 40_000), Ct));

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
    }

    [Fact]
    public async Task A_message_of_an_unknown_type_is_skipped_and_the_connection_goes_on_answering()
    {
        var (hub, refused) = await RawHub.ConnectAsync(server.Address, "/hubs/workshop", await server.TokenFor("herning-borger"), RawHub.ProperHandshake, Ct);
        Assert.Null(refused);
        await using (hub)
        {
            // Before the fix, SignalR stayed in front of such a message and never read the probe behind it.
            var outcome = await hub!.ExchangeAsync(new HubCase("ukendt type", FuzzHub.Workshop, FuzzCaller.Staff, [.. """{"type":0}"""u8, HubFuzz.Separator]), Ct);

            Assert.Equal("intet svar (ingen id, eller ingen svar ventet)", outcome);
            Assert.True(hub.Open);
        }
    }

    [Fact]
    public async Task One_person_with_several_connections_is_capped_across_them_while_each_stays_under_its_own_limit()
    {
        var token = await server.TokenFor("herning-tovholder");
        var room = await Rooms.OpenAsync(server, token, "657", Ct);
        var windows = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Hub.ConnectAsync(server, token, Ct)));
        try
        {
            // 4 × 8 calls: far under each connection's 40 at once, 12 over the person's 20.
            var outcomes = new List<string>();
            foreach (var (window, w) in windows.Select((h, i) => (h, i)))
                for (var call = 0; call < 8; call++)
                    outcomes.Add(await Hub.RefusalAsync(() => window.SubmitAsync(room.Workshop, Refusable($"u-{w}-{call}"), Ct)));

            Assert.Equal(UserBurst, outcomes.Count(o => o == "VALIDATION"));
            Assert.Equal(4 * 8 - UserBurst, outcomes.Count(o => o == "RATE_LIMITED"));
            var refusal = await Assert.ThrowsAsync<HubException>(() => windows[0].SubmitAsync(room.Workshop, Refusable("u-last"), Ct));
            Assert.Contains("fra én person", refusal.Message, StringComparison.Ordinal);
            Assert.All(windows, w => Assert.Equal(HubConnectionState.Connected, w.State));

            // The cap is the person's on every hub, and no one else's.
            await using var live = await server.LiveAsync(token, Ct);
            Assert.Equal("RATE_LIMITED", Hub.Code(await Assert.ThrowsAsync<HubException>(() => live.InvokeAsync<long>("Follow", "steering:657", Ct))));
            await using var colleague = await Hub.ConnectAsync(server, await server.TokenFor("herning-chef"), Ct);
            Assert.Equal("VALIDATION", await Hub.RefusalAsync(() => colleague.SubmitAsync(room.Workshop, Refusable("c-1"), Ct)));
        }
        finally
        {
            foreach (var window in windows) await window.DisposeAsync();
        }
    }
}
