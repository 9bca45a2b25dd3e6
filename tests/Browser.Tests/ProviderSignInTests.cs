using Recovery.Testing;
using Recovery.Testing.Identity;

namespace Recovery.Browser.Tests;

/// <summary>
/// Signing in through an OpenID Connect provider in real Chromium: the button the sign-in page shows, the
/// round trip through the provider, and what the page does with the token or the refusal it comes back with.
/// </summary>
public sealed class ProviderSignInTests(ProviderSignInTests.Fixture fixture) : IClassFixture<ProviderSignInTests.Fixture>
{
    private const string Button = "Log ind med Kommunens login";

    [Fact]
    public async Task A_person_signs_in_through_the_provider_and_the_token_leaves_the_address()
    {
        fixture.Provider.SignInAs(new() { ["sub"] = "browser-anne", ["name"] = "Anne Holm", ["role"] = "tovholder", ["municipality"] = "657" });
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/log-ind");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ind som Mette Lund – Tovholder, Herning" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = Button, Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Anne Holm")).ToBeVisibleAsync();
        Assert.DoesNotContain("token", page.Url);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_person_without_a_role_is_told_so_in_Danish_and_stays_signed_out()
    {
        fixture.Provider.SignInAs(new() { ["sub"] = "browser-nobody", ["name"] = "Ingen Rolle", ["municipality"] = "657" });
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/log-ind");
        await page.GetByRole(AriaRole.Link, new() { Name = Button, Exact = true }).ClickAsync();

        await Expect(page.GetByText("din bruger har ingen rolle i Recovery")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log ind", Exact = true })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('recovery.token')"));
        Assert.DoesNotContain("fejl", page.Url);
    }

    /// <summary>A provider, a server without demo mode that trusts it, and Chromium.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private IPlaywright playwright = null!;
        private IBrowser browser = null!;

        public OidcProvider Provider { get; private set; } = null!;
        public RecoveryServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            SetDefaultExpectTimeout(20_000);
            Provider = await OidcProvider.StartAsync();
            Server = await RecoveryServer.StartAsync(demo: false, settings: new Dictionary<string, string>
            {
                ["Recovery:Auth:Oidc:Authority"] = Provider.Issuer,
                ["Recovery:Auth:Oidc:ClientId"] = OidcProvider.ClientId,
                ["Recovery:Auth:Oidc:ClientSecret"] = OidcProvider.ClientSecret,
                ["Recovery:Auth:Oidc:DisplayName"] = "Kommunens login",
                ["Recovery:Auth:SigningKey"] = RecoveryServer.SigningKey,
                ["Recovery:GraphQL:TrustedDocumentsOnly"] = "true",
            });
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }

        public async Task<BrowserPage> NewPageAsync()
        {
            var context = await browser.NewContextAsync(new() { BaseURL = Server.Address.ToString(), Locale = "da-DK" });
            return new BrowserPage(context, await context.NewPageAsync());
        }

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            await Server.DisposeAsync();
            await Provider.DisposeAsync();
        }
    }
}
