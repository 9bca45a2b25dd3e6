using System.Net;
using System.Net.Http.Json;
using Recovery.Api.Operations;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Operations;

/// <summary>
/// The per-address guest door counts the browser's address from <c>X-Forwarded-For</c> only when the request
/// comes from a front the setting names; from anyone else the header is ignored, so it cannot be used to slip past the limit.
/// </summary>
public sealed class TrustedFrontTests
{
    private const int Limit = 2;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_trusted_front_a_forged_forwarded_address_does_not_open_a_new_allowance()
    {
        await using var server = await RecoveryServer.StartAsync(guestJoinsPerMinute: Limit);

        var statuses = await AdmitFromForwardedAddresses(server, ["203.0.113.1", "203.0.113.2", "203.0.113.3"]);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_a_trusted_front_each_browser_address_has_its_own_allowance()
    {
        await using var server = await RecoveryServer.StartAsync(guestJoinsPerMinute: Limit,
            settings: new Dictionary<string, string> { [TrustedFront.Key] = "127.0.0.1, ::1" });

        var different = await AdmitFromForwardedAddresses(server, ["203.0.113.1", "203.0.113.2", "203.0.113.3"]);
        var same = await AdmitFromForwardedAddresses(server, ["198.51.100.7", "198.51.100.7", "198.51.100.7"]);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], different);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], same);
    }

    private static async Task<HttpStatusCode[]> AdmitFromForwardedAddresses(RecoveryServer server, string[] addresses)
    {
        var room = await Rooms.OpenAsync(server, await server.TokenFor("herning-tovholder"), "657", Ct);
        var statuses = new List<HttpStatusCode>();
        using var http = server.Http();
        foreach (var address in addresses)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/workshops/guests") { Content = JsonContent.Create(new { code = room.Code, name = "Gæst" }) };
            request.Headers.Add("X-Forwarded-For", address);
            statuses.Add((await http.SendAsync(request, Ct)).StatusCode);
        }
        return [.. statuses];
    }
}
