using System.Net.Http.Json;
using Recovery.Testing;

namespace Recovery.Browser.Tests;

/// <summary>
/// One real server (demo mode, seeding finished) and one headless Chromium per test class.
/// Tests open fresh browser contexts: sign-in lives in a context's sessionStorage.
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{

    public static string WebRoot { get; } = Path.Combine(RepositoryRoot.Path, "src", "Silo", "wwwroot");

    private IPlaywright playwright = null!;

    public RecoveryServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Path.Combine(WebRoot, "index.html")))
            throw new InvalidOperationException($"{WebRoot}/index.html is missing: run npm ci && npm run build in src/Web first.");

        // Auto-waiting assertions poll; a busy 2-core machine needs more than the 5 s default.
        SetDefaultExpectTimeout(20_000);
        // As in production, the server runs only the documents the web build extracted: every page must work on them alone.
        Server = await RecoveryServer.StartAsync(settings: new Dictionary<string, string> { ["Recovery:GraphQL:TrustedDocumentsOnly"] = "true" });

        playwright = await Playwright.CreateAsync();
        // Debian's Chromium: Playwright's own browser download is impossible here.
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }

    /// <summary>A fresh context (no one signed in) and its page, with console errors collected.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Server.Address.ToString(), Locale = "da-DK" });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>A fresh context signed in through the sign-in page as the persona, on its landing page.</summary>
    public async Task<BrowserPage> SignedInAsync(string personaButton, string expectedPath)
    {
        var page = await NewPageAsync();
        await page.SignInAsync(personaButton, expectedPath);
        return page;
    }
}
