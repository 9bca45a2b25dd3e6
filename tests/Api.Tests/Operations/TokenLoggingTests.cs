using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.WebUtilities;
using Recovery.Api.Tests.CitizenMeasures;
using Recovery.Api.Tests.Identity;
using Recovery.Grains.Workshops;
using Recovery.Testing;
using Recovery.Testing.Identity;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Operations;

/// <summary>
/// Every credential a client sends (staff and guest tokens in the hubs' query strings and in headers,
/// a citizen's personal code and token, a workshop's guest code, a provider sign-in's code, state and session token) and the text typed in a workshop
/// stay out of every log line at every level, while the requests themselves are logged.
/// </summary>
public sealed class TokenLoggingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_token_code_or_typed_text_reaches_a_log_line_at_any_level_while_the_requests_are_logged()
    {
        var logs = new CapturedLogs();
        await using var server = await RecoveryServer.StartAsync(logs: logs);
        var staff = await server.TokenFor("herning-tovholder");
        var worker = await server.TokenFor("herning-medarbejder");

        await using var live = await HubWithQueryToken(server, "/hubs/live", staff);
        var room = await Rooms.OpenAsync(server, staff, "657", Ct);
        var guest = await Rooms.AdmitAsync(server, room.Code, "Gæst", Ct);
        await using var guestHub = await HubWithQueryToken(server, "/hubs/workshop", guest.Token);
        await guestHub.InvokeAsync<JsonElement>("Join", room.Workshop, null, false, Ct);
        await using var editor = new RoomClient(server.Address, staff, room.Workshop);
        await editor.ConnectAsync(Ct);
        var typed = $"Fortroligt {Guid.NewGuid():N}";
        editor.Type(room.Item, ItemFields.Description, t => new TextOperationBuilder().Retain(t.Length).Insert(typed).Build());
        await editor.SettleAsync(editor.Revision, TimeSpan.FromSeconds(15), Ct);

        using var staffHttp = server.Http(worker);
        var pseudonym = await staffHttp.EnrolAsync();
        var code = await staffHttp.IssueCodeAsync(pseudonym);
        using var anonymous = server.Http();
        var (_, signIn) = await anonymous.SignInAsync(code);
        var citizenToken = signIn.GetProperty("token").GetString()!;
        using var citizen = server.Http(citizenToken);
        Assert.Empty((await citizen.ReadCitizenAsync(pseudonym)).Errors);

        await live.StopAsync(Ct);
        await guestHub.StopAsync(Ct);
        await editor.DisconnectAsync();

        var lines = logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("/hubs/live") && l.Contains("access_token"));
        Assert.Contains(lines, l => l.Contains("/hubs/workshop") && l.Contains("access_token"));
        Assert.Contains(lines, l => l.Contains("/graphql"));
        Assert.Contains(lines, l => l.Contains("/citizens/sign-in"));
        AssertNoneLogged(lines, [staff, worker, guest.Token, citizenToken, code, room.Code, typed]);
    }

    [Fact]
    public async Task A_sign_in_through_a_provider_leaves_its_code_state_and_session_token_out_of_every_log_line()
    {
        var logs = new CapturedLogs();
        await using var provider = await OidcProvider.StartAsync();
        await using var server = await RecoveryServer.StartAsync(demo: false, logs: logs, settings: ProviderSignIn.Settings(provider.Issuer));
        provider.SignInAs(new Dictionary<string, object> { ["sub"] = "kombit-logs", ["name"] = "Anne Holm", ["groups"] = new[] { ProviderSignIn.TovholderGroup }, ["organisation"] = ProviderSignIn.HerningCvr });

        var (fragment, hops) = await ProviderSignIn.SignInAsync(new Uri(server.Address, "/auth/oidc"));
        var token = fragment["#token=".Length..];
        using var http = server.Http(token);
        Assert.Empty((await http.GraphQLAsync("{ me { personId } }", ct: Ct)).Errors);

        var callback = QueryHelpers.ParseQuery(hops.Single(h => h.AbsolutePath == "/auth/oidc/callback").Query);
        var lines = logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("/auth/oidc/callback"));
        AssertNoneLogged(lines, [token, callback["code"]!, callback["state"]!, OidcProvider.ClientSecret]);
    }

    private static void AssertNoneLogged(string[] lines, string[] secrets)
    {
        // The signature alone is secret too: a truncated token would still give it away.
        secrets = [.. secrets, .. secrets.Where(s => s.Count(c => c == '.') == 2).Select(s => s.Split('.')[2])];
        var leaks = lines.Where(l => secrets.Any(s => l.Contains(s, StringComparison.Ordinal)))
            .Select(l => secrets.Aggregate(l, (line, s) => line.Replace(s, "<secret>", StringComparison.Ordinal))).ToArray();
        Assert.True(leaks.Length == 0, $"Logged a secret:\n{string.Join("\n", leaks)}");
    }

    /// <summary>As the browser's client does on WebSockets: the token in the query string, not a header.</summary>
    private static async Task<HubConnection> HubWithQueryToken(RecoveryServer server, string path, string token)
    {
        var hub = new HubConnectionBuilder().WithUrl(new Uri(server.Address, $"{path}?access_token={Uri.EscapeDataString(token)}")).Build();
        await hub.StartAsync(Ct);
        return hub;
    }
}
