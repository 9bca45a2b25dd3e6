using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>Running the room and closing it: fields in server order, dot voting, and what stays in the group's history.</summary>
public sealed class WorkshopOutcomeTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Of_two_status_changes_made_on_the_same_view_the_later_one_is_told_it_lost()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        await using var mette = await Hub.ConnectAsync(api.Server, api.Tokens["herning-tovholder"], Ct);
        await using var jonas = await Hub.ConnectAsync(api.Server, (await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct)).Token, Ct);
        await mette.JoinAsync(room.Workshop, Ct);
        var seen = (await jonas.JoinAsync(room.Workshop, Ct)).GetProperty("revision").GetInt64();

        await mette.SubmitAsync(room.Workshop, Status(room.Item, "m-1", seen, "inProgress"), Ct);
        var lost = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => jonas.SubmitAsync(room.Workshop, Status(room.Item, "j-1", seen, "done"), Ct));

        Assert.Equal("CONFLICT", Hub.Code(lost));
        Assert.Contains("«I gang»", lost.Message);
    }

    [Fact]
    public async Task Closing_writes_the_edited_plan_votes_and_attendance_by_role_into_the_groups_history()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct, itemText: "Kaffe");
        await using var mette = await Hub.ConnectAsync(api.Server, api.Tokens["herning-tovholder"], Ct);
        var guest = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas Zebra", Ct);
        await using var jonas = new RoomClient(api.Server.Address, guest.Token, room.Workshop);
        var revision = (await mette.JoinAsync(room.Workshop, Ct)).GetProperty("revision").GetInt64();
        await jonas.ConnectAsync(Ct);

        jonas.Type(room.Item, ItemFields.Description, t => new TextOperationBuilder().Retain(t.Length).Insert(" og kage").Build());
        await jonas.SettleAsync(revision + 2, TimeSpan.FromSeconds(15), Ct);
        await mette.SubmitAsync(room.Workshop, new { id = "vote-on", @base = jonas.Revision, command = new { kind = "voting", dots = 3, anonymous = true } }, Ct);
        await mette.SubmitAsync(room.Workshop, new { id = "m-dot", @base = jonas.Revision, command = new { kind = "dot", item = room.Item, delta = 1 } }, Ct);
        await mette.SubmitAsync(room.Workshop, Status(room.Item, "m-status", jonas.Revision, "inProgress"), Ct);
        await Rooms.GraphQL(api.Client("herning-tovholder"), "mutation($id: ID!) { closeWorkshop(municipalityCode: \"657\", id: $id) { version } }", new { id = room.Id }, Ct);

        var group = await Rooms.GraphQL(api.Client("herning-chef"), """
            { municipality(code: "657") { steeringGroup {
                developmentPlan { items { id description status } }
                heldWorkshops { id attendance { role count } votes { item dots } } } } }
            """, new { }, Ct);
        var steering = group.GetProperty("municipality").GetProperty("steeringGroup");
        var item = steering.GetProperty("developmentPlan").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == room.Item);
        Assert.Equal("Kaffe og kage", item.GetProperty("description").GetString());
        Assert.Equal("IN_PROGRESS", item.GetProperty("status").GetString());
        var held = steering.GetProperty("heldWorkshops").EnumerateArray().Single(w => w.GetProperty("id").GetString() == room.Id);
        Assert.Equal([("guest", 1), ("tovholder", 1)], held.GetProperty("attendance").EnumerateArray()
            .Select(a => (a.GetProperty("role").GetString(), a.GetProperty("count").GetInt32())));
        Assert.Equal([(room.Item, 1)], held.GetProperty("votes").EnumerateArray().Select(v => (v.GetProperty("item").GetString(), v.GetProperty("dots").GetInt32())));
        Assert.DoesNotContain("Zebra", group.ToString());
        Assert.Equal(0, await RowsMentioning("Zebra"));
    }

    [Fact]
    public async Task In_an_anonymous_vote_nobody_else_learns_who_placed_a_dot_live_or_when_catching_up()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var guest = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct);
        await using var mette = await Hub.ConnectAsync(api.Server, api.Tokens["herning-tovholder"], Ct);
        await using var jonas = await Hub.ConnectAsync(api.Server, guest.Token, Ct);
        var dots = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
        mette.On<JsonElement>("step", s =>
        {
            if (s.GetProperty("event").GetProperty("kind").GetString() == "dot") dots.Writer.TryWrite(s.Clone());
        });
        var start = (await mette.JoinAsync(room.Workshop, Ct)).GetProperty("revision").GetInt64();
        await jonas.JoinAsync(room.Workshop, Ct);

        await mette.SubmitAsync(room.Workshop, new { id = "named", @base = start, command = new { kind = "voting", dots = 2, anonymous = false } }, Ct);
        await jonas.SubmitAsync(room.Workshop, new { id = "d-1", @base = start, command = new { kind = "dot", item = room.Item, delta = 1 } }, Ct);
        var named = await dots.Reader.ReadAsync(Ct);
        await mette.SubmitAsync(room.Workshop, new { id = "end", @base = start, command = new { kind = "voting", dots = 0, anonymous = false } }, Ct);
        await mette.SubmitAsync(room.Workshop, new { id = "secret", @base = start, command = new { kind = "voting", dots = 2, anonymous = true } }, Ct);
        await jonas.SubmitAsync(room.Workshop, new { id = "d-2", @base = start, command = new { kind = "dot", item = room.Item, delta = 1 } }, Ct);
        var secret = await dots.Reader.ReadAsync(Ct);
        var caught = await mette.InvokeAsync<JsonElement>("CatchUp", room.Workshop, start, true, Ct);

        Assert.Equal(guest.Participant, named.GetProperty("event").GetProperty("voter").GetString());
        Assert.Equal(JsonValueKind.Null, secret.GetProperty("author").ValueKind);
        Assert.Equal(JsonValueKind.Null, secret.GetProperty("event").GetProperty("voter").ValueKind);
        var caughtSecret = caught.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("opId").GetString() == "d-2");
        Assert.DoesNotContain(guest.Participant, caughtSecret.ToString());
    }

    [Fact]
    public async Task The_group_lists_its_workshops_with_the_code_only_for_those_who_run_them_and_closed_ones_as_closed()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        const string query = """{ municipality(code: "657") { steeringGroup { workshops { id status code } } } }""";

        var open = await Listed(room, "herning-tovholder", query);
        var seenByNational = await Listed(room, "national", query);
        await Rooms.GraphQL(api.Client("herning-tovholder"), "mutation($id: ID!) { closeWorkshop(municipalityCode: \"657\", id: $id) { version } }", new { id = room.Id }, Ct);
        var closed = await Listed(room, "herning-tovholder", query);

        Assert.Equal(("OPEN", room.Code), (open.GetProperty("status").GetString(), open.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, seenByNational.GetProperty("code").ValueKind);
        Assert.Equal(("CLOSED", JsonValueKind.Null), (closed.GetProperty("status").GetString(), closed.GetProperty("code").ValueKind));
    }

    private async Task<JsonElement> Listed(OpenRoom room, string persona, string query) =>
        (await Rooms.GraphQL(api.Client(persona), query, new { }, Ct)).GetProperty("municipality").GetProperty("steeringGroup")
            .GetProperty("workshops").EnumerateArray().Single(w => w.GetProperty("id").GetString() == room.Id);

    /// <summary>Events, their metadata and every document: a guest's name must be in none of them (ASCII, since stored JSON may escape other letters).</summary>
    private async Task<long> RowsMentioning(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT (SELECT count(*) FROM recovery.mt_events e WHERE e::text LIKE @t)"
            + " + (SELECT count(*) FROM recovery.mt_doc_personentry d WHERE d::text LIKE @t)"
            + " + (SELECT count(*) FROM recovery.mt_doc_workshopinvitation d WHERE d::text LIKE @t)", connection);
        command.Parameters.AddWithValue("t", $"%{text}%");
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static object Status(string item, string id, long seen, string value) =>
        new { id, @base = seen, command = new { kind = "field", item, field = "status", value } };
}
