namespace Recovery.Browser.Tests;

/// <summary>
/// Two people on Herning's page in separate browser contexts: what one saves shows up at the other
/// through SignalR and a refetch, with no reload.
/// </summary>
public sealed class LiveUpdateTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string Prerequisite = "Tæt samarbejde på tværs";

    [Fact]
    public async Task A_plan_item_added_by_one_person_appears_for_another_without_reload()
    {
        await using var two = await TwoOnHerningAsync();
        var (editor, watcher) = two;
        var title = Personas.Unique("Fælles møder med jobcenter");

        var form = await editor.StartPlanItemAsync(Prerequisite, title);
        await form.GetByLabel("Beskrivelse").FillAsync("Hver måned, med borgerrepræsentant.");
        await form.GetByLabel("Ansvarlig").SelectOptionAsync(new SelectOptionValue { Label = "Jonas Holm (Borger)" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem punkt" }).ClickAsync();

        await Expect(editor.PlanItem(title)).ToBeVisibleAsync();
        var seen = watcher.PlanItem(title);
        await Expect(seen).ToContainTextAsync("Hver måned, med borgerrepræsentant.");
        await Expect(seen).ToContainTextAsync("Jonas Holm");
        await Expect(watcher.Section("Udviklingsplan").GetByRole(AriaRole.Region, new() { Name = Prerequisite })).ToContainTextAsync(title);
        await Expect(watcher.Page.GetByText("Styregruppen er opdateret")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(watcher);
    }

    [Fact]
    public async Task A_recorded_decision_appears_for_another_without_reload()
    {
        await using var two = await TwoOnHerningAsync();
        var (editor, watcher) = two;
        var title = Personas.Unique("Styregruppen mødes hver anden måned");

        var form = editor.Section("Beslutningslog").Locator("form");
        await form.GetByLabel("Beslutning", new() { Exact = true }).FillAsync(title);
        await form.GetByLabel("Begrundelse").FillAsync("Så borgerne kan nå at forberede sig.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér beslutning" }).ClickAsync();

        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("Gemt");
        var decision = watcher.Section("Beslutningslog").GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });
        await Expect(decision).ToContainTextAsync("Så borgerne kan nå at forberede sig.");
        await Expect(decision).ToContainTextAsync("af Mette Lund");
        await AssertNotReloadedAsync(watcher);
    }

    [Fact]
    public async Task A_member_added_by_one_person_appears_for_another_without_reload()
    {
        await using var two = await TwoOnHerningAsync();
        var (editor, watcher) = two;
        var name = Personas.Unique("Kirsten Møller");

        var form = editor.Section("Medlemmer").Locator("form");
        await form.GetByLabel("Navn").FillAsync(name);
        await form.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Peermedarbejder" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Tilføj medlem" }).ClickAsync();

        await Expect(form.GetByLabel("Navn")).ToHaveValueAsync("");
        var member = watcher.Section("Medlemmer").GetByRole(AriaRole.Listitem).Filter(new() { HasText = name });
        await Expect(member).ToContainTextAsync("Peermedarbejder");
        await AssertNotReloadedAsync(watcher);
    }

    [Fact]
    public async Task A_status_edited_by_one_person_appears_for_another_without_reload()
    {
        await using var two = await TwoOnHerningAsync();
        var (editor, watcher) = two;
        var title = Personas.Unique("Peermedarbejdere i alle teams");
        var form = await editor.StartPlanItemAsync(Prerequisite, title);
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem punkt" }).ClickAsync();
        var badge = watcher.PlanItem(title).Locator(".badge");
        await Expect(badge).ToHaveTextAsync("Status: Planlagt");

        await editor.PlanItem(title).GetByRole(AriaRole.Button, new() { Name = $"Redigér {title}", Exact = true }).ClickAsync();
        var edit = editor.PlanItem(title).Locator("form");
        await edit.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        await edit.GetByRole(AriaRole.Button, new() { Name = "Gem punkt" }).ClickAsync();

        await Expect(editor.PlanItem(title).Locator(".badge")).ToHaveTextAsync("Status: I gang");
        await Expect(badge).ToHaveTextAsync("Status: I gang");
        await AssertNotReloadedAsync(watcher);
    }

    [Fact]
    public async Task A_checklist_item_ticked_by_one_person_appears_for_another_without_reload()
    {
        await using var two = await TwoOnHerningAsync();
        var (editor, watcher) = two;
        const string item = "Lav en plan for, hvordan I vil styrke jeres organisatoriske forudsætninger";

        await editor.Section("Program").GetByRole(AriaRole.Checkbox, new() { Name = item }).CheckAsync();

        var seen = watcher.Section("Program").GetByRole(AriaRole.Checkbox, new() { Name = item });
        await Expect(seen).ToBeCheckedAsync();
        await Expect(seen).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("^Krydset af af Mette Lund"));
        await Expect(watcher.Page.GetByText("Programmet er opdateret")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(watcher);
    }

    /// <summary>The tovholder (editor) and the citizen Jonas (watcher), both on Herning's live page.</summary>
    private async Task<Two> TwoOnHerningAsync()
    {
        var two = new Two(await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath),
                          await server.SignedInAsync(Personas.HerningCitizen, Personas.HerningPath));
        await two.Editor.OpenHerningAsync();
        await two.Watcher.OpenHerningAsync();
        // A reload or navigation would drop this; it proves the change arrived in the same document.
        await two.Watcher.Page.EvaluateAsync("() => { window.__sameDocument = true; }");
        return two;
    }

    private sealed record Two(BrowserPage Editor, BrowserPage Watcher) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Editor.DisposeAsync();
            await Watcher.DisposeAsync();
        }
    }

    private static async Task AssertNotReloadedAsync(BrowserPage watcher)
    {
        Assert.True(await watcher.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"),
            "The watching page was reloaded; the change should have arrived live.");
        Assert.Empty(watcher.Errors);
    }
}
