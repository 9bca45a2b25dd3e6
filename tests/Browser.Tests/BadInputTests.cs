namespace Recovery.Browser.Tests;

public sealed class BadInputTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_plan_item_title_with_a_CPR_number_shows_the_servers_Danish_error_and_keeps_the_input()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();
        var title = Personas.Unique("Borger 010180-1234");

        var form = await browser.StartPlanItemAsync("Politisk fokus", title);
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem punkt" }).ClickAsync();

        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            "Titel ser ud til at indeholde et CPR-nummer. CPR-numre må ikke stå i fælles planer.");
        await Expect(form.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync(title);
        await Expect(browser.PlanItem(title)).ToHaveCountAsync(0);

        // Not merely hidden on this page: the server did not store it.
        await browser.Page.ReloadAsync();
        await Expect(browser.PlanItem("Halvårlig status til Social- og Sundhedsudvalget")).ToBeVisibleAsync();
        await Expect(browser.PlanItem(title)).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }
}
