using System.Text.RegularExpressions;

namespace Recovery.Browser.Tests;

/// <summary>The programme section of the municipality page, in real Chromium; Roskilde is seeded not joined.</summary>
public sealed class ProgrammeTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_strategic_leader_joins_the_programme_ticks_an_item_and_sees_who_ticked_it()
    {
        await using var browser = await server.SignedInAsync(Personas.RoskildeLeader, "/kommuner/265");
        var programme = browser.Section("Program");
        await Expect(programme).ToContainTextAsync("Kommunen er ikke tilmeldt programmet endnu.");

        await programme.GetByRole(AriaRole.Button, new() { Name = "Tilmeld programmet" }).ClickAsync();

        var phases = programme.GetByRole(AriaRole.List, new() { Name = "Fase" });
        await Expect(phases.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(phases.Locator("[aria-current=step]")).ToContainTextAsync("Opstart");
        var item = programme.GetByRole(AriaRole.Checkbox, new() { Name = "Nedsæt en styregruppe" });
        await Expect(item).Not.ToBeCheckedAsync();

        await item.CheckAsync();

        await Expect(item).ToBeCheckedAsync();
        await Expect(item).ToHaveAccessibleDescriptionAsync(new Regex("^Krydset af af Anne Krogh, "));
        await Expect(programme.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Nedsæt en styregruppe" })).ToContainTextAsync("Krydset af af Anne Krogh");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_citizen_sees_the_phase_and_checklist_but_cannot_tick()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningCitizen, Personas.HerningPath);
        var programme = browser.Section("Program");

        await Expect(programme.Locator("[aria-current=step]")).ToContainTextAsync("Analyse");
        await Expect(programme.GetByRole(AriaRole.Checkbox, new() { Name = "Nedsæt en styregruppe" })).ToBeDisabledAsync();
        await Expect(programme.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_national_coordinator_reaches_any_municipalitys_programme_and_may_join_it()
    {
        await using var browser = await server.SignedInAsync(Personas.National, "/");
        await browser.Page.GotoAsync("/kommuner/101");

        var programme = browser.Section("Program");
        await Expect(programme).ToContainTextAsync("Kommunen er ikke tilmeldt programmet endnu.");
        await Expect(programme.GetByRole(AriaRole.Button, new() { Name = "Tilmeld programmet" })).ToBeVisibleAsync();
    }
}
