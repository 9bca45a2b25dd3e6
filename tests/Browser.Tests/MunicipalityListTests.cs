namespace Recovery.Browser.Tests;

public sealed class MunicipalityListTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task Front_page_lists_all_98_municipalities_and_the_search_filters_them()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommuner", Level = 1 })).ToBeVisibleAsync();
        var rows = page.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(98);
        var count = page.Locator("p.count");
        await Expect(count).ToHaveTextAsync("98 kommuner");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "København", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Søg efter kommune, kode eller region").FillAsync("Her");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Herning", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "København", Exact = true })).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ af 98 kommuner$"));
        Assert.InRange(await rows.CountAsync(), 1, 97);
    }
}
