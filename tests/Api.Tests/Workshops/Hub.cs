using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Testing;

namespace Recovery.Api.Tests.Workshops;

/// <summary>A bare connection to the workshop hub, for calls a well-behaved client would never make.</summary>
internal static class Hub
{
    public static async Task<HubConnection> ConnectAsync(RecoveryServer server, string token, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync(ct);
        return connection;
    }

    public static Task<JsonElement> JoinAsync(this HubConnection hub, string workshop, CancellationToken ct) =>
        hub.InvokeAsync<JsonElement>("Join", workshop, null, false, ct);

    public static Task<JsonElement> SubmitAsync(this HubConnection hub, string workshop, object proposal, CancellationToken ct) =>
        hub.InvokeAsync<JsonElement>("Submit", workshop, proposal, ct);

    /// <summary>The refusal's code: SignalR puts its own words first, then <c>HubException: CODE: tekst</c>.</summary>
    public static async Task<string> RefusalAsync(Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<HubException>(call);
        return Code(refusal);
    }

    public static string Code(HubException refusal)
    {
        const string marker = "HubException: ";
        var at = refusal.Message.IndexOf(marker, StringComparison.Ordinal);
        return (at < 0 ? refusal.Message : refusal.Message[(at + marker.Length)..]).Split(':')[0];
    }
}
