namespace Recovery.Browser.Tests;

/// <summary>A plan item's history and restoring an earlier version, and the plan of an earlier day, in a real browser.</summary>
public sealed class HistoryTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string Prerequisite = "Politisk fokus";

    [Fact]
    public async Task Restoring_an_earlier_version_from_the_history_brings_the_old_title_back_and_says_so()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();
        var first = Personas.Unique("Første udgave");
        var second = Personas.Unique("Anden udgave");
        var form = await browser.StartPlanItemAsync(Prerequisite, first);
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem punkt" }).ClickAsync();
        await browser.PlanItem(first).GetByRole(AriaRole.Button, new() { Name = $"Redigér {first}", Exact = true }).ClickAsync();
        var edit = browser.PlanItem(first).Locator("form");
        await edit.GetByLabel("Titel", new() { Exact = true }).FillAsync(second);
        await edit.GetByRole(AriaRole.Button, new() { Name = "Gem punkt" }).ClickAsync();

        await browser.PlanItem(second).GetByRole(AriaRole.Button, new() { Name = $"Historik for {second}", Exact = true }).ClickAsync();
        var lines = browser.PlanItem(second).GetByRole(AriaRole.Listitem);
        await Expect(lines.First).ToContainTextAsync($"Mette Lund (tovholder) omdøbte punktet fra \"{first}\" til \"{second}\"");
        await Expect(lines.First.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await lines.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Gendan denne version" }).ClickAsync();

        var restored = browser.PlanItem(first);
        await Expect(restored.GetByRole(AriaRole.Status).Filter(new() { HasText = "Gendannet" })).ToBeVisibleAsync();
        await Expect(restored.GetByRole(AriaRole.Listitem).First).ToContainTextAsync($"omdøbte punktet fra \"{second}\" til \"{first}\"");
        await Expect(restored.GetByRole(AriaRole.Listitem).Nth(1)).ToContainTextAsync("gendannede punktet til versionen fra");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_plan_of_an_earlier_day_is_read_only_under_a_banner_with_a_way_back()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();

        await browser.Page.GetByLabel("Vis planen som den var den").FillAsync(CopenhagenToday());
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();

        await Expect(browser.Page.GetByText("Du ser planen, som den var ved udgangen af")).ToBeVisibleAsync();
        await Expect(browser.PlanItem("Planer skrives i borgerens egne ord")).ToBeVisibleAsync();
        await Expect(browser.Section("Udviklingsplan").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(browser.Section("Medlemmer")).ToHaveCountAsync(0);

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Tilbage til i dag" }).ClickAsync();
        await Expect(browser.Section("Medlemmer")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByText("Du ser planen, som den var ved udgangen af")).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_national_coordinator_sees_the_plan_but_no_history_and_no_earlier_days()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        await browser.Page.GotoAsync(Personas.HerningPath);

        await Expect(browser.PlanItem("Planer skrives i borgerens egne ord")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByLabel("Vis planen som den var den")).ToHaveCountAsync(0);
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Historik" })).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }

    public static string CopenhagenToday() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).ToString("yyyy-MM-dd");
}
