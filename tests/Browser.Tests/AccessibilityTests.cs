using System.Text.Json;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Browser.Tests;

/// <summary>axe-core (a devDependency of src/Web) run in the page; serious and critical findings fail.</summary>
public sealed class AccessibilityTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly string AxeScript = Path.Combine(RepositoryRoot.Path, "src", "Web", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Front_page_has_no_serious_accessibility_violations()
    {
        await using var browser = await server.NewPageAsync();
        await browser.Page.GotoAsync("/");
        await Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "Herning", Exact = true })).ToBeVisibleAsync();

        Assert.Empty(await SeriousViolationsAsync(browser.Page));
    }

    [Fact]
    public async Task Sign_in_page_has_no_serious_accessibility_violations()
    {
        await using var browser = await server.NewPageAsync();
        await browser.Page.GotoAsync("/log-ind");
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = Personas.HerningTovholder })).ToBeVisibleAsync();

        Assert.Empty(await SeriousViolationsAsync(browser.Page));
    }

    [Fact]
    public async Task Steering_group_page_with_an_open_form_has_no_serious_accessibility_violations()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();
        await browser.StartPlanItemAsync("Politisk fokus", "Udkast");

        Assert.Empty(await SeriousViolationsAsync(browser.Page));
    }

    [Fact]
    public async Task Municipality_page_with_the_programme_as_its_strategic_leader_has_no_serious_accessibility_violations()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningLeader, Personas.HerningPath);
        await browser.OpenHerningAsync();
        await Expect(browser.Section("Program").GetByLabel("Del tekst skrevet af borgere med den nationale koordinator")).ToBeVisibleAsync();

        Assert.Empty(await SeriousViolationsAsync(browser.Page));
    }

    [Fact]
    public async Task Implementation_group_page_with_its_forms_open_has_no_serious_accessibility_violations()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var path = await browser.EstablishHerningGroupAsync(Personas.Unique("Botilbud"));
        await browser.OpenGroupAsync(path);
        await browser.Section("Implementeringsplan").GetByRole(AriaRole.Button, new() { Name = "Tilføj aktivitet" }).ClickAsync();
        await browser.Section("Beslutninger").GetByRole(AriaRole.Button, new() { Name = "Tilføj handling" }).ClickAsync();
        await Expect(browser.Section("Beslutninger").GetByRole(AriaRole.Group, new() { Name = "Handling 1" })).ToBeVisibleAsync();

        Assert.Empty(await SeriousViolationsAsync(browser.Page));
    }

    [Fact]
    public async Task Workshop_room_as_facilitator_and_the_guest_door_have_no_serious_accessibility_violations()
    {
        var room = await Rooms.OpenAsTheWebClientAsync(server.Server, await server.Server.TokenFor("herning-tovholder"), "657", TestContext.Current.CancellationToken);
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.Page.GotoAsync($"/kommuner/657/workshops/{room.Id}");
        await Expect(browser.Page.GetByText($"Gæstekode: {room.Code}")).ToBeVisibleAsync();
        Assert.Empty(await SeriousViolationsAsync(browser.Page));

        await browser.Page.GotoAsync($"/kommuner/657/workshops/{room.Id}/projektor");
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Værksted");
        Assert.Empty(await SeriousViolationsAsync(browser.Page));

        await using var door = await server.NewPageAsync();
        await door.Page.GotoAsync($"/deltag/{room.Code}");
        await Expect(door.Page.GetByLabel("Kode")).ToHaveValueAsync(room.Code);
        Assert.Empty(await SeriousViolationsAsync(door.Page));
    }

    [Fact]
    public async Task A_plan_items_history_and_the_plan_of_an_earlier_day_have_no_serious_accessibility_violations()
    {
        const string title = "Planer skrives i borgerens egne ord";
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();
        await browser.PlanItem(title).GetByRole(AriaRole.Button, new() { Name = $"Historik for {title}", Exact = true }).ClickAsync();
        await Expect(browser.PlanItem(title).GetByRole(AriaRole.Listitem).First).ToContainTextAsync("tilføjede punktet");
        Assert.Empty(await SeriousViolationsAsync(browser.Page));

        await browser.Page.GetByLabel("Vis planen som den var den").FillAsync(HistoryTests.CopenhagenToday());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Expect(browser.PlanItem(title)).ToBeVisibleAsync();
        Assert.Empty(await SeriousViolationsAsync(browser.Page));
    }

    /// <summary>One line per serious or critical rule broken: rule, help text and the offending elements.</summary>
    internal static Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page) => ViolationsAsync(page, seriousOnly: true);

    /// <summary>One line per rule broken (only serious and critical ones when <paramref name="seriousOnly"/>).</summary>
    internal static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, bool seriousOnly)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run npm ci in src/Web first.");
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async (seriousOnly) => (await axe.run(document))
              .violations
              .filter(v => !seriousOnly || v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """, seriousOnly);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }
}
