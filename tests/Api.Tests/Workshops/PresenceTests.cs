using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>Who is here and who is editing what, live; and a returning client that is far behind gets the room whole.</summary>
public sealed class PresenceTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Everyone_sees_who_arrives_who_edits_which_field_and_who_leaves()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        await using var mette = await Hub.ConnectAsync(api.Server, api.Tokens["herning-tovholder"], Ct);
        var presence = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
        mette.On<JsonElement>("presence", p => presence.Writer.TryWrite(p.Clone()));
        await mette.JoinAsync(room.Workshop, Ct);
        var pass = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct);
        var jonas = await Hub.ConnectAsync(api.Server, pass.Token, Ct);

        await jonas.JoinAsync(room.Workshop, Ct);
        await Next(presence, p => Names(p).SequenceEqual(["Jonas", "Mette Lund"]));
        await jonas.InvokeAsync("Focus", room.Workshop, room.Item, "description", Ct);
        var editing = await Next(presence, p => Participants(p).Any(x => x.GetProperty("item").GetString() == room.Item));
        Assert.Equal("description", Participants(editing).Single(x => x.GetProperty("name").GetString() == "Jonas").GetProperty("field").GetString());
        await jonas.DisposeAsync();
        await Next(presence, p => Names(p).SequenceEqual(["Mette Lund"]));
    }

    [Fact]
    public async Task A_client_far_behind_without_unsaved_edits_gets_a_snapshot_instead_of_every_step()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        await using var mette = await Hub.ConnectAsync(api.Server, api.Tokens["herning-tovholder"], Ct);
        var start = (await mette.JoinAsync(room.Workshop, Ct)).GetProperty("revision").GetInt64();
        // Spread over connections, each within its own rate limit, as a busy room is.
        var hubs = await Task.WhenAll(Enumerable.Range(0, 14).Select(_ => Hub.ConnectAsync(api.Server, api.Tokens["herning-tovholder"], Ct)));
        for (var i = 0; i < 520; i++)
            await hubs[i % hubs.Length].SubmitAsync(room.Workshop, new { id = $"t-{i}", @base = start + i, command = new { kind = "timer", seconds = 60 + i } }, Ct);
        foreach (var hub in hubs) await hub.DisposeAsync();

        var behind = await mette.InvokeAsync<JsonElement>("CatchUp", room.Workshop, start, false, Ct);
        var pending = await mette.InvokeAsync<JsonElement>("CatchUp", room.Workshop, start, true, Ct);

        Assert.Equal(JsonValueKind.Null, behind.GetProperty("steps").ValueKind);
        Assert.Equal(start + 520, behind.GetProperty("snapshot").GetProperty("revision").GetInt64());
        Assert.Equal(520, pending.GetProperty("steps").GetArrayLength());
    }

    private static IEnumerable<JsonElement> Participants(JsonElement presence) => presence.GetProperty("participants").EnumerateArray();

    private static IEnumerable<string?> Names(JsonElement presence) => Participants(presence).Select(p => p.GetProperty("name").GetString()).Order();

    private static async Task<JsonElement> Next(System.Threading.Channels.Channel<JsonElement> messages, Func<JsonElement, bool> matches)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(15));
        while (true)
        {
            var message = await messages.Reader.ReadAsync(limit.Token);
            if (matches(message)) return message;
        }
    }
}
