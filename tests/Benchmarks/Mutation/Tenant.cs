using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;
using Recovery.Api.Demo;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Shared;
using Recovery.Testing;

namespace Recovery.Benchmarks.Mutation;

/// <summary>Whose steering group a client writes to, and as whom.</summary>
public sealed record Tenant(string Municipality, DemoPersona Persona, string Token)
{
    public const string Shared = "657";
    public const string SharedPersona = "herning-tovholder";

    /// <summary>Every client on Herning's steering group as its tovholder: one grain, so writes queue behind each other.</summary>
    public static async Task<Tenant[]> OnShared(RecoveryServer server, int clients)
    {
        var tenant = new Tenant(Shared, DemoPersonas.Find(SharedPersona)!, await server.TokenFor(SharedPersona));
        return Enumerable.Repeat(tenant, clients).ToArray();
    }

    /// <summary>
    /// With --spread: each client a tovholder of a municipality of its own (not the two the demo seeds),
    /// with a freshly established steering group, so no two clients share a grain. The tokens come from the
    /// server's own demo issuer, as /auth/demo-token's do; only the personas are made up here.
    /// </summary>
    public static async Task<Tenant[]> Spread(RecoveryServer server, int clients)
    {
        var issuer = server.Services.GetRequiredService<DemoIssuer>();
        var seeded = DemoPersonas.All.Select(p => p.Municipality).ToHashSet();
        var tenants = MunicipalityCatalog.All.Where(m => !seeded.Contains(m.Code)).Take(clients)
            .Select(m => new DemoPersona($"bench-{m.Code}", $"p-{m.Code}-bench", "Benchmark Tovholder", Role.Tovholder, m.Code))
            .Select(p => new Tenant(p.Municipality!, p, issuer.Issue(p)))
            .ToArray();
        if (tenants.Length < clients) throw new ArgumentException($"--spread has only {tenants.Length} municipalities for {clients} clients.");
        foreach (var tenant in tenants) await tenant.Establish(server);
        return tenants;
    }

    private async Task Establish(RecoveryServer server)
    {
        using var http = server.Http(Token);
        var body = JsonSerializer.Serialize(new { query = $"mutation {{ establishSteeringGroup(municipalityCode: \"{Municipality}\") {{ version }} }}" });
        using var response = await http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || answer.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"Establishing the steering group of {Municipality} failed: {answer}");
    }
}
