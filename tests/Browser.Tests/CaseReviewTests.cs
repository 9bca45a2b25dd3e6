namespace Recovery.Browser.Tests;

/// <summary>A case review in the browser: start, add a case, judge it, conclude, read the results and make a plan item from one.</summary>
public sealed class CaseReviewTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task The_tovholder_reviews_a_case_concludes_and_turns_a_principles_result_into_a_plan_item()
    {
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var page = mette.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Sagsgennemgange", Exact = true }).ClickAsync();
        var title = Personas.Unique("Efterårets sagsgennemgang");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Hører til temperaturmåling").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start sagsgennemgang" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Sagsgennemgang: {title}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Del af en temperaturmåling" })).ToBeVisibleAsync();

        var cases = mette.Section("Sager");
        await cases.GetByLabel("Sagens reference").FillAsync("Jens Hansen");
        await cases.GetByRole(AriaRole.Button, new() { Name = "Tilføj sag" }).ClickAsync();
        await Expect(cases.GetByRole(AriaRole.Alert)).ToContainTextAsync("mindst ét tal");
        await cases.GetByLabel("Sagens reference").FillAsync("Sag 3");
        await cases.GetByRole(AriaRole.Button, new() { Name = "Tilføj sag" }).ClickAsync();
        await Expect(cases.GetByRole(AriaRole.Columnheader, new() { Name = "Sag 3" })).ToBeVisibleAsync();

        var cell = cases.GetByRole(AriaRole.Group, new() { Name = "Sag 3, princip 1: Tag udgangspunkt i borgerens håb, ønsker og drømme" });
        await cell.GetByRole(AriaRole.Radio, new() { Name = "Afspejlet", Exact = true }).CheckAsync();
        await Expect(cases.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Gemt");
        await cases.GetByRole(AriaRole.Button, new() { Name = "Skriv note: Sag 3, princip 1: Tag udgangspunkt i borgerens håb, ønsker og drømme" }).ClickAsync();
        await cases.GetByRole(AriaRole.Textbox, new() { Name = "Note: Sag 3, princip 1: Tag udgangspunkt i borgerens håb, ønsker og drømme", Exact = true }).FillAsync("Borgerens drøm om uddannelse står først i planen.");
        await cases.GetByRole(AriaRole.Button, new() { Name = "Gem note" }).ClickAsync();
        await Expect(cases.GetByText("Borgerens drøm om uddannelse står først i planen.")).ToBeVisibleAsync();

        // The keyboard alone: arrow keys move between a cell's three choices, and the choice is saved.
        var resources = cases.GetByRole(AriaRole.Group, new() { Name = "Sag 3, princip 2: Fokusér på borgerens ressourcer" });
        await resources.GetByRole(AriaRole.Radio, new() { Name = "Afspejlet", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(resources.GetByRole(AriaRole.Radio, new() { Name = "Delvist", Exact = true })).ToBeCheckedAsync();
        await Expect(mette.Section("Foreløbige resultater").GetByRole(AriaRole.Row).Filter(new() { HasText = "2. Ressourcer" }).First)
            .ToContainTextAsync("0 af 1 (0 %)");
        await cases.GetByRole(AriaRole.Button, new() { Name = "Skriv note: Sag 3, princip 2: Fokusér på borgerens ressourcer" }).ClickAsync();
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(page));

        await mette.Section("Afslut gennemgangen").GetByRole(AriaRole.Button, new() { Name = "Afslut sagsgennemgangen" }).ClickAsync();
        var results = mette.Section("Resultater");
        var hopes = results.GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Håb, ønsker og drømme" }).First;
        await Expect(hopes).ToContainTextAsync("1 af 1 (100 %)");
        await Expect(results.GetByRole(AriaRole.Figure, new() { Name = "Sagerne pr. princip" })).ToBeVisibleAsync();
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(page));

        await hopes.GetByRole(AriaRole.Button, new() { Name = "Lav en handling for princip 1: Tag udgangspunkt i borgerens håb, ønsker og drømme" }).ClickAsync();
        var form = results.GetByRole(AriaRole.Form, new() { Name = "Handling for princip 1" });
        await Expect(form.GetByLabel("Handlingens titel")).ToHaveValueAsync("Styrk princip 1 i sagsarbejdet: Håb, ønsker og drømme");
        await Expect(form.GetByLabel("Forudsætning i udviklingsplanen")).ToHaveValueAsync("5");
        await form.GetByRole(AriaRole.Button, new() { Name = "Opret handlingen" }).ClickAsync();
        var made = mette.Section("Handlinger lavet ud fra gennemgangen");
        await Expect(made).ToContainTextAsync("Styrk princip 1 i sagsarbejdet: Håb, ønsker og drømme");

        var reviewUrl = page.Url;
        await made.GetByRole(AriaRole.Link, new() { Name = "Se dem i styregruppens udviklingsplan" }).ClickAsync();
        var item = mette.PlanItem("Styrk princip 1 i sagsarbejdet: Håb, ønsker og drømme");
        await item.GetByRole(AriaRole.Link, new() { Name = "Fra en sagsgennemgang" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(reviewUrl);
        Assert.Empty(mette.Errors);
    }
}
