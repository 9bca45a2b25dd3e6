namespace Recovery.Browser.Tests;

/// <summary>
/// A tovholder sets up an implementation group and works in it; a colleague from the same municipality
/// watches the group's page and sees the work arrive live.
/// </summary>
public sealed class ImplementationGroupTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string HopesAndDreams = "1. Tag udgangspunkt i borgerens håb, ønsker og drømme";
    private const string Network = "3. Inddrag borgerens netværk og almene fællesskaber";
    private const string FollowUp = "7. Følg op, så støtten altid er den rette";

    [Fact]
    public async Task A_tovholder_sets_up_a_group_plans_decides_and_reads_the_history_and_a_colleague_sees_the_plan_grow_live()
    {
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var groupName = Personas.Unique("Bostøtte Øst");
        var path = await mette.EstablishHerningGroupAsync(groupName);
        Assert.Matches("^/kommuner/657/grupper/bostoette-oest-[0-9a-f]{8}$", path);
        await mette.OpenGroupAsync(path);

        await using var jonas = await server.SignedInAsync(Personas.HerningCitizen, Personas.HerningPath);
        await jonas.OpenGroupAsync(path);
        await jonas.Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var member = Personas.Unique("Kirsten Møller");
        var members = mette.Section("Medlemmer").Locator("form");
        await members.GetByLabel("Navn").FillAsync(member);
        await members.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Peermedarbejder" });
        await members.GetByRole(AriaRole.Button, new() { Name = "Tilføj medlem" }).ClickAsync();
        await Expect(mette.Section("Medlemmer").GetByRole(AriaRole.Listitem).Filter(new() { HasText = member })).ToContainTextAsync("Peermedarbejder");

        var activity = Personas.Unique("Netværksmøder med borgerens egne folk");
        await mette.Section("Implementeringsplan").GetByRole(AriaRole.Button, new() { Name = "Tilføj aktivitet" }).ClickAsync();
        var form = mette.Section("Implementeringsplan").Locator("form");
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(activity);
        await form.GetByLabel(HopesAndDreams).CheckAsync();
        await form.GetByLabel(Network).CheckAsync();
        await form.GetByLabel("Ansvarlig").SelectOptionAsync(new SelectOptionValue { Label = $"{member} (Peermedarbejder)" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem aktivitet" }).ClickAsync();

        await Expect(mette.Activity(activity)).ToContainTextAsync("1. Håb, ønsker og drømme");
        var seen = jonas.Activity(activity);
        await Expect(seen).ToContainTextAsync("3. Netværk og fællesskaber");
        await Expect(seen).ToContainTextAsync(member);
        await Expect(seen).ToContainTextAsync("Planlagt");
        await Expect(jonas.Page.GetByText("Gruppen er opdateret")).ToBeVisibleAsync();

        var decision = Personas.Unique("Alle borgere tilbydes et netværksmøde");
        var action = Personas.Unique("Opfølgningssamtale efter tre måneder");
        var decide = mette.Section("Beslutninger").Locator("form");
        await decide.GetByLabel("Beslutning", new() { Exact = true }).FillAsync(decision);
        await decide.GetByLabel("Begrundelse").FillAsync("Borgerne i gruppen bad om det.");
        await decide.GetByRole(AriaRole.Button, new() { Name = "Tilføj handling" }).ClickAsync();
        var row = decide.GetByRole(AriaRole.Group, new() { Name = "Handling 1", Exact = true });
        await row.GetByLabel("Handling", new() { Exact = true }).FillAsync(action);
        await row.GetByLabel(FollowUp).CheckAsync();
        await decide.GetByRole(AriaRole.Button, new() { Name = "Registrér beslutning" }).ClickAsync();
        await Expect(decide.GetByRole(AriaRole.Status)).ToHaveTextAsync("Gemt");

        var recorded = mette.Section("Beslutninger").GetByRole(AriaRole.Listitem).Filter(new() { HasText = decision });
        await Expect(recorded.GetByRole(AriaRole.Link, new() { Name = action })).ToBeVisibleAsync();
        var created = mette.Activity(action);
        await Expect(created).ToContainTextAsync($"Fra beslutning: {decision}");
        await Expect(created).ToContainTextAsync("7. Opfølgning");
        await created.GetByRole(AriaRole.Link, new() { Name = decision }).ClickAsync();
        await Expect(mette.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#beslutning-"));
        await Expect(recorded).ToBeFocusedAsync();

        // The action's history, in plain Danish: who created it, in which role, from which decision.
        await created.GetByRole(AriaRole.Button, new() { Name = $"Historik for {action}" }).ClickAsync();
        var history = created.GetByRole(AriaRole.Region, new() { Name = $"Historik for {action}" });
        await Expect(history.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Mette Lund (tovholder) tilføjede aktiviteten \"{action}\"" })).ToBeVisibleAsync();
        await Expect(history.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"knyttede aktiviteten til beslutningen \"{decision}\"" })).ToBeVisibleAsync();

        await Expect(jonas.Activity(action)).ToContainTextAsync($"Fra beslutning: {decision}");
        Assert.True(await jonas.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"),
            "The watching page was reloaded; the change should have arrived live.");
        Assert.Empty(jonas.Errors);
        Assert.Empty(mette.Errors);
    }

    [Fact]
    public async Task A_decision_action_without_a_principle_is_refused_before_sending_with_focus_on_the_row()
    {
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var path = await mette.EstablishHerningGroupAsync(Personas.Unique("Myndighed"));
        await mette.OpenGroupAsync(path);

        var decide = mette.Section("Beslutninger").Locator("form");
        await decide.GetByLabel("Beslutning", new() { Exact = true }).FillAsync("Vi prøver noget nyt");
        await decide.GetByRole(AriaRole.Button, new() { Name = "Tilføj handling" }).ClickAsync();
        var row = decide.GetByRole(AriaRole.Group, new() { Name = "Handling 1", Exact = true });
        await row.GetByLabel("Handling", new() { Exact = true }).FillAsync("Uden princip");
        await decide.GetByRole(AriaRole.Button, new() { Name = "Registrér beslutning" }).ClickAsync();

        await Expect(decide.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Vælg mindst ét princip for handling 1.");
        await Expect(row.GetByLabel(HopesAndDreams)).ToBeFocusedAsync();
        await Expect(mette.Section("Beslutninger").GetByText("Gruppen har ikke registreret nogen beslutninger endnu.")).ToBeVisibleAsync();
    }
}

public sealed class ImplementationPlanAsOfTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task The_plan_of_an_earlier_day_is_shown_read_only_and_today_comes_back()
    {
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var path = await mette.EstablishHerningGroupAsync(Personas.Unique("Botilbud"));
        await mette.OpenGroupAsync(path);
        var activity = Personas.Unique("Husmøder");
        await mette.Section("Implementeringsplan").GetByRole(AriaRole.Button, new() { Name = "Tilføj aktivitet" }).ClickAsync();
        var form = mette.Section("Implementeringsplan").Locator("form");
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(activity);
        await form.GetByLabel("4. Mød borgeren med åbenhed, tillid og respekt").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem aktivitet" }).ClickAsync();
        await Expect(mette.Activity(activity)).ToBeVisibleAsync();

        var earlier = mette.Section("Planen på en tidligere dag");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));
        await earlier.GetByLabel("Vis planen som den var den").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await earlier.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Expect(earlier.GetByText("Gruppen var ikke nedsat endnu på den dag.")).ToBeVisibleAsync();

        await earlier.GetByLabel("Vis planen som den var den").FillAsync(today.ToString("yyyy-MM-dd"));
        await earlier.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Expect(earlier.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = activity })).ToContainTextAsync("Planlagt");
        await Expect(earlier.GetByRole(AriaRole.Button, new() { Name = $"Redigér {activity}" })).ToHaveCountAsync(0);

        await earlier.GetByRole(AriaRole.Button, new() { Name = "Tilbage til i dag" }).ClickAsync();
        await Expect(earlier.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        Assert.Empty(mette.Errors);
    }
}

public sealed class ImplementationGroupListTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_group_set_up_by_a_colleague_appears_in_the_municipalitys_list_without_reload()
    {
        await using var birgitte = await server.SignedInAsync(Personas.HerningLeader, Personas.HerningPath);
        await birgitte.OpenHerningAsync();
        await Expect(birgitte.Section("Implementeringsgrupper").GetByRole(AriaRole.Link, new() { Name = "Myndighed" })).ToBeVisibleAsync();
        await birgitte.Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var name = Personas.Unique("Beskæftigelse");
        await mette.EstablishHerningGroupAsync(name);

        await Expect(birgitte.Section("Implementeringsgrupper").GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        Assert.True(await birgitte.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The list should update without a reload.");
    }
}
