using System.Text.RegularExpressions;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Browser.Tests;

/// <summary>
/// The national coordinator's console in real Chromium. The demo server seeds no country, so Herning
/// (Midtjylland) is the only participating municipality until a test joins Roskilde (Sjælland);
/// no test joins one in Nordjylland, which therefore stays empty.
/// </summary>
public sealed class NationalConsoleTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_coordinator_opens_the_console_filters_by_region_and_opens_a_municipality()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "National oversigt" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/koordinator$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("National oversigt");
        await Expect(HerningRow(page)).ToContainTextAsync("Midtjylland");

        // Sorting is part of the address too; a second click turns the order round.
        var checklist = page.GetByRole(AriaRole.Columnheader, new() { Name = "Tjekliste" });
        await checklist.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(checklist).ToHaveAttributeAsync("aria-sort", "ascending");
        await checklist.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/koordinator\\?sorter=-tjekliste$"));
        await Expect(checklist).ToHaveAttributeAsync("aria-sort", "descending");

        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("Nordjylland");
        await Expect(page).ToHaveURLAsync(new Regex("/koordinator\\?region=Nordjylland&sorter=-tjekliste$"));
        await Expect(page.GetByText("Ingen deltagende kommuner matcher filtrene.")).ToBeVisibleAsync();
        await Expect(HerningRow(page)).ToHaveCountAsync(0);

        // The region map sets the same filter, and the address can be opened as a link.
        await Region(page, "Midtjylland").GetByRole(AriaRole.Button, new() { Name = "Vis kun Midtjylland" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/koordinator\\?region=Midtjylland&sorter=-tjekliste$"));
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Region", new() { Exact = true })).ToHaveValueAsync("Midtjylland");
        await Expect(Region(page, "Midtjylland")).ToContainTextAsync("(valgt)");

        await HerningRow(page).GetByRole(AriaRole.Link, new() { Name = "Herning", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/koordinator/kommuner/657$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fremdrift: Herning");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kommunens egen side" })).ToHaveAttributeAsync("href", "/kommuner/657");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Grupper", Level = 2 })).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_drill_down_into_a_municipality_that_has_not_joined_or_does_not_exist_says_so()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        await browser.Page.GotoAsync("/koordinator/kommuner/101");
        await Expect(browser.Page.GetByText("Kommunen med koden 101 deltager ikke i programmet.")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "Gå til kommunens side" })).ToHaveAttributeAsync("href", "/kommuner/101");

        await browser.Page.GotoAsync("/koordinator/kommuner/999");
        await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Prøv igen" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Changes_made_in_municipalities_appear_on_the_open_console_without_reload()
    {
        await using var browser = await OnLivePageAsync("/koordinator");
        var page = browser.Page;
        var actions = HerningRow(page).GetByRole(AriaRole.Cell).Nth(4);
        var before = await actions.InnerTextAsync();
        var (inProgress, overdue) = (Count(before, "i gang"), Count(before, "forsinket"));

        // Roskilde's strategic leader joins the programme: a new row.
        var roskilde = await server.Server.TokenFor("roskilde-leder");
        await UiDocuments.RunAsync(server.Server.Http(roskilde), "JoinProgramme", new { code = "265" }, Ct);
        await Expect(MunicipalityRow(page, "Roskilde")).ToContainTextAsync("Sjælland");

        // Herning's tovholder adds an action that is under way and past its due date: Herning's counts move.
        await AddHerningActionAsync("IN_PROGRESS", due: "2020-01-31");
        await Expect(actions).ToContainTextAsync($"{inProgress + 1} i gang");
        await Expect(actions.Locator(".badge--overdue")).ToHaveTextAsync($"⚠ {overdue + 1} forsinket");
        await Expect(page.GetByText("Oversigten er opdateret")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(browser);
    }

    [Fact]
    public async Task A_status_changed_in_the_municipality_appears_on_its_open_drill_down_without_reload()
    {
        var itemId = await AddHerningActionAsync("PLANNED");
        await using var browser = await OnLivePageAsync("/koordinator/kommuner/657");
        var actions = browser.Page.Locator("dl.facts").First.Locator("div").Filter(new() { HasText = "Handlinger" }).Locator("dd");
        var done = Count(await actions.InnerTextAsync(), "færdig");

        await UiDocuments.RunAsync(server.Server.Http(await server.Server.TokenFor("herning-tovholder")), "EditPlanItem", new { input = new { municipalityCode = "657", itemId, title = "Fælles opfølgning", status = "DONE" } }, Ct);

        await Expect(actions).ToContainTextAsync($"{done + 1} færdig");
        await Expect(browser.Page.GetByText("Kommunens fremdrift er opdateret")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(browser);
    }

    [Fact]
    public async Task The_export_follows_the_filters()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        await browser.Page.GotoAsync("/koordinator?region=Midtjylland");
        await Expect(HerningRow(browser.Page)).ToBeVisibleAsync();
        Assert.Contains("Herning", await DownloadCsvAsync(browser.Page));

        await browser.Page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("Nordjylland");
        await Expect(browser.Page.GetByText("Ingen deltagende kommuner matcher filtrene.")).ToBeVisibleAsync();
        Assert.DoesNotContain("Herning", await DownloadCsvAsync(browser.Page));
    }

    [Fact]
    public async Task Anyone_else_is_told_the_console_is_for_the_national_coordinator_only()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "National oversigt" })).ToHaveCountAsync(0);

        await browser.Page.GotoAsync("/koordinator");
        await Expect(browser.Page.GetByText("Kun for den nationale koordinator.")).ToBeVisibleAsync();
        await browser.Page.GotoAsync("/koordinator/kommuner/657");
        await Expect(browser.Page.GetByText("Kun for den nationale koordinator.")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_console_and_the_drill_down_have_no_accessibility_violations_on_a_wide_screen_and_a_phone()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        var page = browser.Page;
        foreach (var (width, height) in new[] { (1600, 1000), (375, 800) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/koordinator");
            await Expect(HerningRow(page)).ToBeVisibleAsync();
            await page.GetByText("Temperatur pr. forudsætning", new() { Exact = true }).ClickAsync();
            Assert.Empty(await AccessibilityTests.ViolationsAsync(page, seriousOnly: false));

            await page.GotoAsync("/koordinator/kommuner/657");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fremdrift: Herning");
            Assert.Empty(await AccessibilityTests.ViolationsAsync(page, seriousOnly: false));
        }
    }

    private static ILocator MunicipalityRow(IPage page, string name) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    private static ILocator HerningRow(IPage page) => MunicipalityRow(page, "Herning");

    private static ILocator Region(IPage page, string name) =>
        page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name }) });

    /// <summary>"2 planlagt, 1 i gang, 0 færdig" → the number before <paramref name="status"/>; 0 when it is not there (no overdue actions).</summary>
    private static int Count(string text, string status) =>
        Regex.Match(text, $@"(\d+) {status}") is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>A steering-group plan item in Herning, added by its tovholder through GraphQL; returns its id.</summary>
    private async Task<string> AddHerningActionAsync(string status, string? due = null)
    {
        var data = await UiDocuments.RunAsync(server.Server.Http(await server.Server.TokenFor("herning-tovholder")), "AddPlanItem", new { input = new { municipalityCode = "657", prerequisite = 4, title = Personas.Unique("Fælles opfølgning"), status, due } }, Ct);
        return data.GetProperty("addPlanItem").GetProperty("id").GetString()!;
    }

    /// <summary>The coordinator on a console page, loaded and following live changes.</summary>
    private async Task<BrowserPage> OnLivePageAsync(string path)
    {
        var browser = await server.SignedInAsync(Personas.National, "/");
        await browser.Page.GotoAsync(path);
        await Expect(browser.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live: forbundet" })).ToBeVisibleAsync();
        // A reload or navigation would drop this; it proves the change arrived in the same document.
        await browser.Page.EvaluateAsync("() => { window.__sameDocument = true; }");
        return browser;
    }

    private static async Task AssertNotReloadedAsync(BrowserPage browser)
    {
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"),
            "The console was reloaded; the change should have arrived live.");
        Assert.Empty(browser.Errors);
    }

    private static async Task<string> DownloadCsvAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Hent tabellen over kommuner som CSV" }).ClickAsync());
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }
}
