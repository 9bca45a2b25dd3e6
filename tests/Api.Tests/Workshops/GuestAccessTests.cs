using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>Guests come in with a code and a name, and their token opens that one workshop and nothing else.</summary>
public sealed class GuestAccessTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_guest_joins_by_code_however_it_is_typed_and_sees_the_plan()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct, itemText: "Vi starter med kaffe");
        var typed = room.Code.Replace("-", " ").ToLowerInvariant();

        var pass = await Rooms.AdmitAsync(api.Server, typed, "Jonas", Ct);
        await using var guest = new RoomClient(api.Server.Address, pass.Token, pass.Workshop);
        await guest.ConnectAsync(Ct);

        Assert.Equal(room.Workshop, pass.Workshop);
        Assert.StartsWith("g-", guest.Participant);
        Assert.Equal("Vi starter med kaffe", guest.Text(room.Item, ItemFields.Description));
    }

    [Theory]
    [InlineData("AAA-AAA", "Jonas", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("", "Jonas", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData(null, "", HttpStatusCode.BadRequest, "VALIDATION")]
    public async Task A_wrong_code_or_missing_name_gets_a_clear_answer_and_no_token(string? code, string name, HttpStatusCode status, string error)
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);

        var response = await api.Anonymous.PostAsJsonAsync("/workshops/guests", new { code = code ?? room.Code, name }, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body.GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("token", out _));
    }

    [Fact]
    public async Task A_guest_token_opens_no_other_workshop_no_municipality_data_and_no_live_stream()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var otherRoom = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var roskildeRoom = await Rooms.OpenAsync(api.Server, api.Tokens["roskilde-leder"], "265", Ct);
        var pass = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct);
        await using var hub = await Hub.ConnectAsync(api.Server, pass.Token, Ct);

        Assert.Equal("FORBIDDEN", await Hub.RefusalAsync(() => hub.JoinAsync(otherRoom.Workshop, Ct)));
        Assert.Equal("FORBIDDEN", await Hub.RefusalAsync(() => hub.JoinAsync(roskildeRoom.Workshop, Ct)));
        var graphql = await api.Server.Http(pass.Token).GraphQLAsync("""{ municipality(code: "657") { steeringGroup { version } } }""", ct: Ct);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(graphql.Codes));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => api.Server.LiveAsync(pass.Token, Ct));
    }

    [Fact]
    public async Task Staff_of_another_municipality_cannot_join_and_hear_nothing()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        await using var roskilde = await Hub.ConnectAsync(api.Server, api.Tokens["roskilde-leder"], Ct);
        var heard = new List<JsonElement>();
        roskilde.On<JsonElement>("step", s => heard.Add(s));
        await using var herning = new RoomClient(api.Server.Address, api.Tokens["herning-tovholder"], room.Workshop);
        await herning.ConnectAsync(Ct);

        Assert.Equal("FORBIDDEN", await Hub.RefusalAsync(() => roskilde.JoinAsync(room.Workshop, Ct)));
        Assert.Equal("NOT_FOUND", await Hub.RefusalAsync(() => roskilde.JoinAsync("265/workshop/no-such-room", Ct)));
        Assert.Equal("NOT_FOUND", await Hub.RefusalAsync(() => roskilde.JoinAsync("../../etc/passwd", Ct)));
        herning.Type(room.Item, ItemFields.Title, t => new TextOperationBuilder().Retain(t.Length).Insert("!").Build());
        await herning.SettleAsync(herning.Revision + 1, TimeSpan.FromSeconds(15), Ct);
        await Task.Delay(500, Ct);
        Assert.Empty(heard);
    }

    [Fact]
    public async Task A_full_room_turns_the_next_person_away_and_records_no_arrival_for_them()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var seated = new List<HubConnection>();
        for (var i = 0; i < RoomDecider.MaxParticipants; i++)
        {
            var hub = await Hub.ConnectAsync(api.Server, (await Rooms.AdmitAsync(api.Server, room.Code, $"Gæst {i}", Ct)).Token, Ct);
            await hub.JoinAsync(room.Workshop, Ct);
            seated.Add(hub);
        }
        await using var late = await Hub.ConnectAsync(api.Server, (await Rooms.AdmitAsync(api.Server, room.Code, "Sidste", Ct)).Token, Ct);
        var before = (await seated[0].InvokeAsync<JsonElement>("CatchUp", room.Workshop, 0L, true, Ct)).GetProperty("revision").GetInt64();

        Assert.Equal("RULE_VIOLATION", await Hub.RefusalAsync(() => late.JoinAsync(room.Workshop, Ct)));

        var after = (await seated[0].InvokeAsync<JsonElement>("CatchUp", room.Workshop, 0L, true, Ct)).GetProperty("revision").GetInt64();
        Assert.Equal(before, after);
        foreach (var hub in seated) await hub.DisposeAsync();
    }

    [Fact]
    public async Task Closing_the_workshop_ends_every_guest_token_and_the_code()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var pass = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct);
        await using var guest = await Hub.ConnectAsync(api.Server, pass.Token, Ct);
        var ended = new TaskCompletionSource<JsonElement>();
        guest.On<JsonElement>("ended", e => ended.TrySetResult(e));
        await guest.JoinAsync(room.Workshop, Ct);

        await Rooms.GraphQL(api.Client("herning-tovholder"), "mutation($id: ID!) { closeWorkshop(municipalityCode: \"657\", id: $id) { version } }", new { id = room.Id }, Ct);

        Assert.Equal("closed", (await ended.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct)).GetProperty("reason").GetString());
        await using var again = await Hub.ConnectAsync(api.Server, pass.Token, Ct);
        Assert.Equal("RULE_VIOLATION", await Hub.RefusalAsync(() => again.JoinAsync(room.Workshop, Ct)));
        var door = await api.Anonymous.PostAsJsonAsync("/workshops/guests", new { code = room.Code, name = "Ny" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, door.StatusCode);
    }

    [Fact]
    public async Task A_removed_guest_is_disconnected_and_cannot_come_back_with_the_same_token()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        var pass = await Rooms.AdmitAsync(api.Server, room.Code, "Jonas", Ct);
        await using var guest = await Hub.ConnectAsync(api.Server, pass.Token, Ct);
        var closed = new TaskCompletionSource();
        guest.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await guest.JoinAsync(room.Workshop, Ct);

        await Rooms.GraphQL(api.Client("herning-tovholder"), """
            mutation($id: ID!, $p: ID!) { revokeWorkshopGuest(municipalityCode: "657", id: $id, participant: $p) { version } }
            """, new { id = room.Id, p = pass.Participant }, Ct);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await using var again = await Hub.ConnectAsync(api.Server, pass.Token, Ct);
        Assert.Equal("FORBIDDEN", await Hub.RefusalAsync(() => again.JoinAsync(room.Workshop, Ct)));
    }
}
