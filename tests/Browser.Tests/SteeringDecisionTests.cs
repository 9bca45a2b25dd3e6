namespace Recovery.Browser.Tests;

/// <summary>The steering group's mandate, and a decision that creates its plan items in the same form.</summary>
public sealed class SteeringDecisionTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_leader_records_a_decision_with_an_action_that_lands_in_the_plan_and_links_back()
    {
        await using var birgitte = await server.SignedInAsync(Personas.HerningLeader, Personas.HerningPath);
        await birgitte.OpenHerningAsync();

        var mandate = birgitte.Section("Mandat");
        await mandate.GetByRole(AriaRole.Button, new() { Name = "Redigér mandat" }).ClickAsync();
        var text = Personas.Unique("Styregruppen leder omlægningen på byrådets mandat");
        await mandate.GetByLabel("Mandat").FillAsync(text);
        await mandate.GetByRole(AriaRole.Button, new() { Name = "Gem mandat" }).ClickAsync();
        await Expect(mandate.GetByText(text)).ToBeVisibleAsync();

        var decision = Personas.Unique("Udvalget får halvårlig status");
        var action = Personas.Unique("Første status til udvalget");
        var form = birgitte.Section("Beslutningslog").Locator("form");
        await form.GetByLabel("Beslutning", new() { Exact = true }).FillAsync(decision);
        await form.GetByRole(AriaRole.Button, new() { Name = "Tilføj handling" }).ClickAsync();
        var row = form.GetByRole(AriaRole.Group, new() { Name = "Handling 1", Exact = true });
        await row.GetByLabel("Handling", new() { Exact = true }).FillAsync(action);
        await row.GetByLabel("Forudsætning").SelectOptionAsync(new SelectOptionValue { Label = "1. Politisk fokus" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér beslutning" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("Gemt");

        var recorded = birgitte.Section("Beslutningslog").GetByRole(AriaRole.Listitem).Filter(new() { HasText = decision }).First;
        await Expect(recorded.GetByRole(AriaRole.Link, new() { Name = action })).ToBeVisibleAsync();
        var item = birgitte.PlanItem(action);
        await Expect(item).ToContainTextAsync("Fra en beslutning i beslutningsloggen");
        await item.GetByRole(AriaRole.Link, new() { Name = "Fra en beslutning i beslutningsloggen" }).ClickAsync();
        await Expect(birgitte.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#beslutning-"));
        Assert.Empty(birgitte.Errors);
    }

    [Fact]
    public async Task An_action_row_without_a_title_is_refused_before_sending()
    {
        await using var birgitte = await server.SignedInAsync(Personas.HerningLeader, Personas.HerningPath);
        await birgitte.OpenHerningAsync();
        var form = birgitte.Section("Beslutningslog").Locator("form");
        await form.GetByLabel("Beslutning", new() { Exact = true }).FillAsync(Personas.Unique("Beslutning uden handlingstitel"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Tilføj handling" }).ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrér beslutning" }).ClickAsync();

        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv handling 1, eller fjern den.");
        await Expect(form.GetByRole(AriaRole.Group, new() { Name = "Handling 1", Exact = true }).GetByLabel("Handling", new() { Exact = true })).ToBeFocusedAsync();
    }
}
