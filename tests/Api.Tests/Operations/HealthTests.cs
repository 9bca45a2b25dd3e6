using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recovery.Testing;

namespace Recovery.Api.Tests.Operations;

/// <summary><c>/health</c> follows PostgreSQL and the silo; <c>/alive</c> only says the process answers.</summary>
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_is_unavailable_while_PostgreSQL_is_down_and_ok_again_after_while_alive_stays_ok()
    {
        await using var postgres = await PostgresServer.StartAsync(fast: true);
        await using var server = await RecoveryServer.StartAsync(demo: false, postgres: postgres);
        using var http = server.Http();

        var (status, body) = await Get(http, "/health");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("postgres").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("silo").GetString());

        await postgres.StopAsync();
        (status, body) = await Get(http, "/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Equal("unavailable", body.GetProperty("checks").GetProperty("postgres").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("silo").GetString());
        Assert.DoesNotContain("Host=", body.GetRawText());
        (status, body) = await Get(http, "/alive");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());

        await postgres.StartAgainAsync();
        // The pool may hand out a connection that died with the server once before it notices.
        for (var i = 0; i < 50 && (await Get(http, "/health")).Status != HttpStatusCode.OK; i++) await Task.Delay(100, Ct);
        Assert.Equal(HttpStatusCode.OK, (await Get(http, "/health")).Status);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }
}
