namespace Recovery.Browser.Tests;

public sealed class SignInTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task Signing_in_as_a_tovholder_lands_on_the_own_steering_group_with_its_seeded_data()
    {
        await using var browser = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var page = browser.Page;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Herning", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Mette Lund");
        await Expect(browser.Section("Medlemmer")).ToContainTextAsync("Jonas Holm");
        await Expect(browser.Section("Beslutningslog").GetByRole(AriaRole.Heading,
            new() { Name = "Borgere deltager lønnet i styregruppen" })).ToBeVisibleAsync();
        await Expect(browser.PlanItem("Halvårlig status til Social- og Sundhedsudvalget")).ToContainTextAsync("I gang");
    }
}
