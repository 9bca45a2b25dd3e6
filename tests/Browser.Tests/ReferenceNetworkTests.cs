using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.Municipalities;
using Recovery.Grains.ReferenceNetwork;
using Recovery.Grains.Shared;
using Recovery.Grains.Staircase;
using Recovery.Testing;

namespace Recovery.Browser.Tests;

/// <summary>The comparison page: Herning's strategic leader opts in, then sees Herning's figures beside the network's, and axe finds nothing.</summary>
public sealed class ReferenceNetworkTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly string AxeScript = Path.Combine(RepositoryRoot.Path, "src", "Web", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Five more members with key figures for Herning's latest quarter, then an edition: built on the grains, as the page is what is tested.</summary>
    private async Task BuildNetworkAndPublish()
    {
        var grains = server.Server.Services.GetRequiredService<IGrainFactory>();
        foreach (var (code, i) in new[] { "147", "461", "751", "851", "370" }.Select((c, i) => (c, i)))
        {
            new Caller($"p-{code}-leder", code, Role.StrategicLeader).Enter();
            await grains.GetGrain<IMunicipalityGrain>(code).JoinReferenceNetwork(new JoinReferenceNetwork());
            await grains.GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(code)).SetKeyFigures(new SetKeyFigures("2026K3", 15 + 2 * i, 18 + i));
        }
        new Caller("p-national", null, Role.NationalCoordinator).Enter();
        await grains.GetGrain<IReferenceNetworkGrain>(0).Publish();
    }

    [Fact]
    public async Task The_strategic_leader_joins_and_sees_own_figures_beside_the_network_and_the_page_has_no_accessibility_violations()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningLeader, Personas.HerningPath);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Opfølgning og målinger" })
            .GetByRole(AriaRole.Link, new() { Name = "Sammenligning med referencenetværket" }).ClickAsync();
        await Expect(page.GetByText("Herning er ikke med i referencenetværket.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Meld kommunen ind i referencenetværket" }).ClickAsync();
        await Expect(page.GetByText("Herning er med i referencenetværket.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Der er ikke udgivet nogen sammenligning endnu.")).ToBeVisibleAsync();

        await BuildNetworkAndPublish();
        await page.ReloadAsync();
        var keyFigures = page.GetByRole(AriaRole.Region, new() { Name = "Nøgletal" });
        await keyFigures.GetByText("Vis tallene som tabel").ClickAsync();
        var row = keyFigures.GetByRole(AriaRole.Row, new() { Name = "Andel i uddannelse eller beskæftigelse (procent)" });
        // Herning's own 22,6 beside the six members' quartiles and median.
        await Expect(row).ToContainTextAsync("22,6");
        await Expect(row.GetByRole(AriaRole.Cell)).ToHaveCountAsync(4 + 1);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Planernes fremdrift" }).GetByText("Skjult: for få kommuner").First).ToBeVisibleAsync();

        Assert.Empty(await ViolationsAsync(page));
    }

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document)).violations
              .map(v => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }
}
