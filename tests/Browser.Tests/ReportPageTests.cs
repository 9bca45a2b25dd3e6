using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Shared;
using Recovery.Testing;

namespace Recovery.Browser.Tests;

/// <summary>The printable progress report and the export buttons, as Herning's tovholder uses them.</summary>
public sealed class ReportPageTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task The_report_shows_headings_and_counts_prints_without_buttons_and_passes_axe()
    {
        var slug = ImplementationGroupSetup.NewSlug("bostoette");
        var group = server.Server.Group(ImplementationGroupSetup.HerningTovholder, "657", slug);
        await group.Establish(new EstablishImplementationGroup("Bostøtte i hverdagen", ""));
        await group.AddActivity(new AddActivity("a1", new ActivityFields("Ressourcesamtaler", "", [2, 5], null, null, null, PlanItemStatus.InProgress)));
        await group.SubmitReport(new SubmitReport("r1", "Status efter første måned", "Godt i gang."));
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var page = browser.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Fremdriftsrapport til udskrift" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(server.Server.Address, "/kommuner/657/rapport").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fremdriftsrapport: Herning");
        await Expect(page.GetByText("Dannet ")).ToBeVisibleAsync();
        foreach (var heading in new[] { "Udviklingsplanen", "Implementeringsplanerne", "Implementeringsgrupper" })
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1. Politisk fokus", Level = 3 })).ToBeVisibleAsync();
        var principles = page.GetByRole(AriaRole.Table, new() { Name = "Aktiviteter pr. princip og status" });
        // Planlagt, I gang, Færdig, Sat på pause, I alt: the activity counts under both its principles
        // (the demo's own groups use neither 2, 5 nor 6).
        await Expect(Row(principles, "2. Fokusér på borgerens ressourcer").GetByRole(AriaRole.Cell)).ToHaveTextAsync(["0", "1", "0", "0", "1"]);
        await Expect(Row(principles, "5. Hjælp så tidligt som muligt").GetByRole(AriaRole.Cell)).ToHaveTextAsync(["0", "1", "0", "0", "1"]);
        await Expect(Row(principles, "6. Arbejd koordineret med borgerens samlede livssituation").GetByRole(AriaRole.Cell)).ToHaveTextAsync(["0", "0", "0", "0", "0"]);
        var groups = page.GetByRole(AriaRole.Table, new() { Name = "Implementeringsgrupper med antal aktiviteter og seneste rapport" });
        var row = Row(groups, "Bostøtte i hverdagen");
        await Expect(row.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("1");
        await Expect(row).ToContainTextAsync("Status efter første måned");
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(page));

        var print = page.GetByRole(AriaRole.Button, new() { Name = "Udskriv / gem som PDF" });
        await Expect(print).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(print).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_export_buttons_download_the_plan_with_the_municipality_and_date_in_the_file_name()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();

        var download = await browser.Page.RunAndWaitForDownloadAsync(() =>
            browser.Section("Udviklingsplan").GetByRole(AriaRole.Button, new() { Name = "Eksportér udviklingsplanen som Excel" }).ClickAsync());

        Assert.Matches(@"^Herning-styregruppe-udviklingsplan-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_download_that_cannot_reach_the_server_says_so_in_danish()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();
        var decisions = browser.Section("Beslutningslog");

        await browser.Page.Context.SetOfflineAsync(true);
        await decisions.GetByRole(AriaRole.Button, new() { Name = "Eksportér beslutningsloggen som CSV" }).ClickAsync();

        await Expect(decisions.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Eksporten kunne ikke hentes. Kan ikke få forbindelse til serveren. Prøv igen.");
        await browser.Page.Context.SetOfflineAsync(false);
        var download = await browser.Page.RunAndWaitForDownloadAsync(() =>
            decisions.GetByRole(AriaRole.Button, new() { Name = "Eksportér beslutningsloggen som CSV" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename);
        await Expect(decisions.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_national_coordinator_sees_counts_with_titles_hidden_and_no_export_buttons()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        var page = browser.Page;

        await page.GotoAsync("/kommuner/657/rapport");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fremdriftsrapport: Herning");
        await Expect(page.GetByText("Titler på punkter og rapporter vises kun for kommunens egne folk", new() { Exact = false })).ToBeVisibleAsync();
        var items = page.GetByRole(AriaRole.Table, new() { Name = "Punkter under 1. Politisk fokus" });
        await Expect(items.GetByRole(AriaRole.Cell, new() { Name = "Titel skjult" }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Halvårlig status til Social- og Sundhedsudvalget")).ToHaveCountAsync(0);
        await page.GotoAsync(Personas.HerningPath);
        await Expect(browser.Section("Udviklingsplan")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Eksportér", Exact = false })).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }

    private static ILocator Row(ILocator table, string header) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = header, Exact = true }) });
}
