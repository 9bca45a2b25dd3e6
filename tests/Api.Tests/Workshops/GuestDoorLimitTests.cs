using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Workshops;

/// <summary>The guest door admits a room, but not someone guessing codes from one address.</summary>
public sealed class GuestDoorLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admissions_beyond_the_limit_per_address_get_429_with_a_clear_code_and_no_token()
    {
        await using var server = await RecoveryServer.StartAsync(guestJoinsPerMinute: 3);
        var room = await Rooms.OpenAsync(server, await server.TokenFor("herning-tovholder"), "657", Ct);
        using var http = server.Http();
        for (var i = 0; i < 3; i++) await Rooms.AdmitAsync(server, room.Code, $"Gæst {i}", Ct);

        var refused = await http.PostAsJsonAsync("/workshops/guests", new { code = room.Code, name = "Gæst 4" }, Ct);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("RATE_LIMITED", body.GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("token", out _));
    }
}
