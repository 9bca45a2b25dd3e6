using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Recovery.Testing;

namespace Recovery.Api.Tests;

/// <summary>
/// One real server per test class, demo mode on, with the demo seeding finished, a signed-in
/// client per persona, and a look into its event table.
/// </summary>
public class ApiServer : IAsyncLifetime
{
    public static readonly string[] Personas = ["herning-tovholder", "herning-borger", "herning-chef", "herning-medarbejder", "roskilde-leder", "national"];

    private readonly Dictionary<string, HttpClient> clients = [];

    public RecoveryServer Server { get; private set; } = null!;
    public Dictionary<string, string> Tokens { get; } = [];
    public HttpClient Anonymous => Client(null);

    public virtual async ValueTask InitializeAsync()
    {
        Server = await RecoveryServer.StartAsync();
        foreach (var persona in Personas) Tokens[persona] = await Server.TokenFor(persona);
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client signed in as the persona (null: no token).</summary>
    public HttpClient Client(string? persona)
    {
        var key = persona ?? "";
        if (!clients.TryGetValue(key, out var client))
            clients[key] = client = Server.Http(persona is null ? null : Tokens[persona]);
        return client;
    }

    public async Task<long> EventCountAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync(ct);
        // Events and the names stored beside them: a refused command must leave neither.
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM recovery.mt_events) + (SELECT count(*) FROM recovery.mt_doc_personentry)", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Runs the request and asserts it stored no event, returning its answer.</summary>
    public async Task<GraphQLResponse> StoresNothingAsync(Func<Task<GraphQLResponse>> request, CancellationToken ct)
    {
        var before = await EventCountAsync(ct);
        var response = await request();
        Assert.True(before == await EventCountAsync(ct), $"The event count changed after: {response}");
        return response;
    }

    /// <summary>The ids of every plan item of the municipality as the persona sees them, or null without a group.</summary>
    public async Task<IReadOnlyList<string>?> PlanItemIds(string persona, string municipality, CancellationToken ct = default)
    {
        var response = await Client(persona).GraphQLAsync(
            "query($code: String!) { municipality(code: $code) { steeringGroup { developmentPlan { items { id } } } } }",
            new { code = municipality }, ct: ct);
        var group = response.At("municipality", "steeringGroup");
        if (group.ValueKind != JsonValueKind.Object) return null;
        return [.. group.GetProperty("developmentPlan").EnumerateArray()
            .SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()!)];
    }

    /// <summary>A token signed with the server's demo key, valid or not as the caller chooses.</summary>
    public static string MintToken(string personId, string role, string? municipality, DateTime notBefore, DateTime expires, string issuer = "recovery-demo")
    {
        var claims = new Dictionary<string, object> { ["sub"] = personId, ["name"] = "Test Person", ["role"] = role };
        if (municipality is not null) claims["municipality"] = municipality;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "recovery",
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(RecoveryServer.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
