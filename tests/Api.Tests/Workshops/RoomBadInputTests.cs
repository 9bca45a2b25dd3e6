using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>What a broken or hostile client may send into a room: a clear refusal, and nothing stored or broadcast.</summary>
public sealed class RoomBadInputTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Refused => new()
    {
        { """{"id":"a1","base":999999,"command":{"kind":"text","item":"ITEM","field":"title","op":[12,"x"]}}""", "VALIDATION" },
        { """{"id":"a2","base":0,"command":{"kind":"text","item":"ITEM","field":"title","op":[12,"x"]}}""", "STALE" },
        { """{"id":"a3","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":[0,"x"]}}""", "VALIDATION" },
        { """{"id":"a4","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":[1.5]}}""", "VALIDATION" },
        { """{"id":"a5","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":{"retain":1}}}""", "VALIDATION" },
        { """{"id":"a6","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":[5]}}""", "VALIDATION" },
        { """{"id":"a7","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":[12,"TOOLONG"]}}""", "VALIDATION" },
        { """{"id":"a8","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":[12," 010190-1234"]}}""", "VALIDATION" },
        { """{"id":"c1","base":BASE,"command":{"kind":"text","item":"ITEM","field":"description","op":MANYSTEPS}}""", "VALIDATION" },
        { """{"id":"c2","base":BASE,"command":{"kind":"text","item":"ITEM","field":"description","op":["HUGE"]}}""", "VALIDATION" },
        { """{"id":"a9","base":BASE,"command":{"kind":"text","item":"i-someone-elses","field":"title","op":[1]}}""", "NOT_FOUND" },
        { """{"id":"b1","base":BASE,"command":{"kind":"text","item":"ITEM","field":"secret","op":[12]}}""", "VALIDATION" },
        { """{"id":"b2","base":BASE,"command":{"kind":"explode"}}""", "VALIDATION" },
        { """{"id":"b3","base":BASE}""", "VALIDATION" },
        { """{"id":"b4; drop table","base":BASE,"command":{"kind":"text","item":"ITEM","field":"title","op":[12,"x"]}}""", "VALIDATION" },
        { """{"id":"b5","base":BASE,"command":{"kind":"field","item":"ITEM","field":"status","value":"burning"}}""", "VALIDATION" },
        { """{"id":"b6","base":BASE,"command":{"kind":"field","item":"ITEM","field":"owner","value":"p-265-anne"}}""", "NOT_FOUND" },
        { """{"id":"b7","base":BASE,"command":{"kind":"timer","seconds":60}}""", "FORBIDDEN" },
        { """{"id":"b8","base":BASE,"command":{"kind":"dot","item":"ITEM","delta":1}}""", "RULE_VIOLATION" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_bad_proposal_is_refused_clearly_and_changes_nothing(string proposal, string code)
    {
        var (room, hub, revision) = await GuestInRoom();
        var json = JsonDocument.Parse(proposal
            .Replace("ITEM", room.Item).Replace("BASE", revision.ToString())
            .Replace("TOOLONG", new string('x', 4001))
            .Replace("MANYSTEPS", JsonSerializer.Serialize(Enumerable.Repeat("a", 401)))
            .Replace("HUGE", new string('x', 4001))).RootElement;

        Assert.Equal(code, await Hub.RefusalAsync(() => hub.SubmitAsync(room.Workshop, json, Ct)));

        Assert.Equal(revision, await StoredSteps(room));
        await using var observer = new RoomClient(api.Server.Address, api.Tokens["herning-chef"], room.Workshop);
        await observer.ConnectAsync(Ct);
        Assert.Equal("Fælles punkt", observer.Text(room.Item, "title"));
        Assert.Equal(revision + 1, observer.Revision);
    }

    [Fact]
    public async Task Sending_the_same_proposal_twice_applies_it_once_and_answers_with_its_revision()
    {
        var (room, hub, revision) = await GuestInRoom();
        var proposal = new { id = "same-edit", @base = revision, command = new { kind = "text", item = room.Item, field = "title", op = new object[] { 12, "!" } } };

        var first = await hub.SubmitAsync(room.Workshop, proposal, Ct);
        var again = await hub.SubmitAsync(room.Workshop, proposal, Ct);

        Assert.Equal(first.GetProperty("revision").GetInt64(), again.GetProperty("revision").GetInt64());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        await using var observer = new RoomClient(api.Server.Address, api.Tokens["herning-chef"], room.Workshop);
        await observer.ConnectAsync(Ct);
        Assert.Equal("Fælles punkt!", observer.Text(room.Item, "title"));
    }

    [Fact]
    public async Task A_connection_flooding_the_room_is_slowed_with_a_clear_error_and_only_accepted_edits_count()
    {
        var (room, hub, revision) = await GuestInRoom();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 120).Select(async i =>
        {
            try
            {
                await hub.SubmitAsync(room.Workshop, new { id = $"flood-{i}", @base = revision, command = new { kind = "text", item = room.Item, field = "description", op = new object[] { "x" } } }, Ct);
                return "ok";
            }
            catch (HubException refusal)
            {
                return Hub.Code(refusal);
            }
        }));

        Assert.Contains("RATE_LIMITED", outcomes);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "RATE_LIMITED" }));
        await using var observer = new RoomClient(api.Server.Address, api.Tokens["herning-chef"], room.Workshop);
        await observer.ConnectAsync(Ct);
        Assert.Equal(outcomes.Count(o => o == "ok"), observer.Text(room.Item, "description").Length);
    }

    private async Task<(OpenRoom Room, HubConnection Hub, long Revision)> GuestInRoom()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var pass = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct);
        var hub = await Hub.ConnectAsync(api.Server, pass.Token, Ct);
        var joined = await hub.JoinAsync(room.Workshop, Ct);
        var revision = joined.GetProperty("revision").GetInt64();
        // The guest's arrival is a step of its own; counts below start once it is stored.
        while (await StoredSteps(room) < revision) await Task.Delay(20, Ct);
        return (room, hub, revision);
    }

    private async Task<long> StoredSteps(OpenRoom room)
    {
        await using var connection = new NpgsqlConnection(api.Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM recovery.mt_events WHERE stream_id = @s", connection);
        command.Parameters.AddWithValue("s", $"workshop:{room.Municipality}:{room.Id}");
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
