namespace Recovery.Browser.Tests;

/// <summary>
/// One browser context and its page, with the console errors and uncaught exceptions it produced,
/// and the steps tests share (signing in, the steering group's sections and forms).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        (this.context, Page) = (context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add($"uncaught: {error}");
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get { lock (errors) return [.. errors]; }
    }

    public async Task SignInAsync(string personaButton, string expectedPath)
    {
        await Page.GotoAsync("/log-ind");
        await Page.GetByRole(AriaRole.Button, new() { Name = personaButton, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(new Uri(Page.Url), expectedPath).ToString());
    }

    /// <summary>A page section (a region named by its heading), e.g. "Medlemmer".</summary>
    public ILocator Section(string heading) =>
        Page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    public ILocator PlanItem(string title) =>
        Section("Udviklingsplan").GetByRole(AriaRole.Article, new() { Name = title, Exact = true });

    /// <summary>The Herning page with its steering group loaded and following live changes.</summary>
    public async Task OpenHerningAsync()
    {
        if (!Page.Url.EndsWith("/kommuner/657", StringComparison.Ordinal)) await Page.GotoAsync("/kommuner/657");
        await Expect(Section("Udviklingsplan")).ToBeVisibleAsync();
        // Changes made before the live connection stands would only show after a refetch.
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live: forbundet" })).ToBeVisibleAsync();
    }

    /// <summary>Opens the add form under a prerequisite and fills the title; returns the form.</summary>
    public async Task<ILocator> StartPlanItemAsync(string prerequisite, string title)
    {
        var section = Section("Udviklingsplan").GetByRole(AriaRole.Region, new() { Name = prerequisite });
        await section.GetByRole(AriaRole.Button, new() { Name = $"Tilføj punkt til {prerequisite}", Exact = true }).ClickAsync();
        var form = section.Locator("form");
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        return form;
    }

    /// <summary>Sets up a new implementation group in Herning through the municipality page's form; returns its page's path.</summary>
    public async Task<string> EstablishHerningGroupAsync(string name)
    {
        await OpenHerningAsync();
        var form = Section("Implementeringsgrupper").Locator("form");
        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync(name);
        var slug = await form.GetByLabel("Kortnavn").InputValueAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Nedsæt gruppe" }).ClickAsync();
        var path = $"/kommuner/657/grupper/{slug}";
        await Expect(Page).ToHaveURLAsync(new Uri(new Uri(Page.Url), path).ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        return path;
    }

    /// <summary>An implementation group's page, loaded and following live changes.</summary>
    public async Task OpenGroupAsync(string path)
    {
        if (!Page.Url.EndsWith(path, StringComparison.Ordinal)) await Page.GotoAsync(path);
        await Expect(Section("Implementeringsplan")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live: forbundet" })).ToBeVisibleAsync();
    }

    public ILocator Activity(string title) =>
        Section("Implementeringsplan").GetByRole(AriaRole.Article, new() { Name = title, Exact = true });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
