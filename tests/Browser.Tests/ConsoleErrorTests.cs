namespace Recovery.Browser.Tests;

/// <summary>A walk through every page a person reaches, watching for console errors and uncaught exceptions.</summary>
public sealed class ConsoleErrorTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task Browsing_the_pages_logs_no_console_errors()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByLabel("Søg efter kommune, kode eller region").FillAsync("Her");
        await page.GetByRole(AriaRole.Link, new() { Name = "Herning", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du skal være logget ind for at se kommunens program og styregruppe.")).ToBeVisibleAsync();

        await browser.SignInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await browser.OpenHerningAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kommuner", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Roskilde", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du har ikke adgang til Roskildes styregruppe.")).ToBeVisibleAsync();

        await page.GotoAsync("/findes-ikke");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Siden findes ikke" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log ind" })).ToBeVisibleAsync();

        Assert.Empty(browser.Errors);
    }
}
