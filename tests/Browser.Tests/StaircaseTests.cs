using System.Text;
using System.Text.RegularExpressions;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Shared;
using Recovery.Testing;

namespace Recovery.Browser.Tests;

/// <summary>Herning's tovholder keeps the staircase: imports a file, sees it in the chart's table, and a bad file stores nothing.</summary>
public sealed class StaircaseTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static FilePayload Csv(string text) => new() { Name = "trappe.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task An_imported_file_shows_in_the_staircase_and_a_file_with_a_bad_line_is_reported_and_stores_nothing()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Indsatstrappe og nøgletal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Indsatstrappe og nøgletal");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live: forbundet" })).ToBeVisibleAsync();
        var file = page.GetByLabel("CSV-fil", new() { Exact = true });
        var import = page.GetByRole(AriaRole.Button, new() { Name = "Indlæs fil" });

        await file.SetInputFilesAsync(Csv("kvartal;trin;antal\n2032K1;§ 85 Socialpædagogisk støtte (bostøtte);123\n2032K1;civilsamfund;95\n"));
        await import.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Filen er indlæst: 2 rækker gemt." })).ToBeVisibleAsync();
        var chart = page.GetByRole(AriaRole.Figure, new() { Name = "Borgere pr. trin i indsatstrappen" });
        await chart.GetByText("Vis tallene som tabel").ClickAsync();
        var table = chart.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "1. kvt. 2032" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = "§ 85 Socialpædagogisk støtte (bostøtte)" })).ToContainTextAsync("123");
        await Expect(chart.GetByRole(AriaRole.Img)).ToBeVisibleAsync();

        await file.SetInputFilesAsync(Csv("kvartal;trin;antal\n2032K2;sel-85;120\n2032K2;ukendt-trin;4\n2032K2;sel-108;-1\n"));
        await import.ClickAsync();

        var report = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Intet er gemt" });
        await Expect(report).ToContainTextAsync("2 linjer blev afvist");
        await Expect(report.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([
            "Linje 3: Ukendt trin 'ukendt-trin': brug trinnets navn eller id fra indsatstrappen.",
            "Linje 4: Antal kan ikke være negativt.",
        ]);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Figure, new() { Name = "Borgere pr. trin i indsatstrappen" }).GetByText("Vis tallene som tabel").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "1. kvt. 2032" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "2. kvt. 2032" })).ToHaveCountAsync(0);
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(page));
        // Chromium logs every 4xx answer; the refused file's 422 is the only one expected here.
        Assert.All(browser.Errors, e => Assert.Contains("422", e));
    }

    [Fact]
    public async Task The_national_coordinator_sees_the_figures_and_the_activities_aimed_at_them_but_no_entry_forms()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        var page = browser.Page;
        await page.GotoAsync("/kommuner/657/indsatstrappe");

        await Expect(page.GetByRole(AriaRole.Figure, new() { Name = "Andel i uddannelse eller beskæftigelse" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Figure, new() { Name = "Bevægelser i 3. kvt. 2026" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Recovery-café hver torsdag" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Indlæs fil" })).ToHaveCountAsync(0);
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(page));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_activity_aimed_at_readmissions_in_its_form_shows_beside_that_figure_and_links_back()
    {
        var slug = ImplementationGroupSetup.NewSlug("udslusning");
        var title = Personas.Unique("Udslusning med peerstøtte");
        var group = server.Server.Group(ImplementationGroupSetup.HerningTovholder, "657", slug);
        await group.Establish(new EstablishImplementationGroup("Udslusning", ""));
        await group.AddActivity(new AddActivity("a1", new ActivityFields(title, "", [7], null, null, null, PlanItemStatus.InProgress)));
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var page = browser.Page;
        await page.GotoAsync($"/kommuner/657/grupper/{slug}");

        var activity = page.GetByRole(AriaRole.Article, new() { Name = title });
        await activity.GetByRole(AriaRole.Button, new() { Name = "Redigér" }).ClickAsync();
        await activity.GetByLabel("Sigter mod nøgletal").SelectOptionAsync(new SelectOptionValue { Label = "Andel psykiatriske genindlæggelser" });
        await activity.GetByRole(AriaRole.Button, new() { Name = "Gem aktivitet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = title })).ToContainTextAsync("Sigter mod nøgletallet: Andel psykiatriske genindlæggelser");

        await page.GotoAsync("/kommuner/657/indsatstrappe");
        var readmissions = page.Locator(".key-figure").Filter(new() { Has = page.GetByRole(AriaRole.Figure, new() { Name = "Andel psykiatriske genindlæggelser" }) });
        await readmissions.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/kommuner/657/grupper/{slug}#aktivitet-a1$"));
        Assert.Empty(browser.Errors);
    }
}
