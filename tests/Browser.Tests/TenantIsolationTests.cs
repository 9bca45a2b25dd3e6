using System.Text.Json;
using Recovery.Testing;

namespace Recovery.Browser.Tests;

public sealed class TenantIsolationTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_Roskilde_leader_opening_Hernings_page_sees_no_access_and_never_asks_for_its_steering_group()
    {
        await using var browser = await server.SignedInAsync(Personas.RoskildeLeader, "/kommuner/265");
        var page = browser.Page;
        var graphQLBodies = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.PostData is { } body)
                lock (graphQLBodies) graphQLBodies.Add(body);
        };

        await page.GotoAsync(Personas.HerningPath);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Herning", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Du har ikke adgang til Hernings styregruppe.")).ToBeVisibleAsync();
        // Settled: a steering-group request sent after the message would otherwise be missed.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.GetByText("Jonas Holm")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Udviklingsplan" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Medlemmer" })).ToHaveCountAsync(0);
        lock (graphQLBodies)
        {
            Assert.Contains(graphQLBodies, b => b.Contains("\"Municipality\"", StringComparison.Ordinal));
            Assert.DoesNotContain(graphQLBodies, AsksForHerningsSteeringGroup);
        }
        Assert.Empty(browser.Errors);
    }

    private static bool AsksForHerningsSteeringGroup(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        // The built client names its documents by id: what it asked for is the manifest's text.
        var query = root.TryGetProperty("documentId", out var id) ? UiDocuments.All[id.GetString()!]
            : root.TryGetProperty("query", out var q) ? q.GetString() ?? "" : "";
        var variables = root.TryGetProperty("variables", out var v) ? v.GetRawText() : "";
        return query.Contains("steeringGroup", StringComparison.Ordinal)
               && (variables.Contains("657", StringComparison.Ordinal) || query.Contains("657", StringComparison.Ordinal));
    }
}
