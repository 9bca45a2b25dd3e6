namespace Recovery.Browser.Tests;

/// <summary>The rest of an implementation group's work in real Chromium, and what an outsider sees of a citizen's words.</summary>
public sealed class ImplementationGroupWorkTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task Mandate_tovholder_follow_up_filter_drivers_and_barriers_report_and_a_trial_promoted_to_an_activity()
    {
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var path = await mette.EstablishHerningGroupAsync(Personas.Unique("Botilbud Nord"));
        await mette.OpenGroupAsync(path);
        mette.Page.Dialog += (_, dialog) => dialog.AcceptAsync();

        var mandate = mette.Section("Mandat");
        await mandate.GetByRole(AriaRole.Button, new() { Name = "Redigér mandat" }).ClickAsync();
        await mandate.GetByLabel("Mandat").FillAsync("Omsæt principperne i botilbuddenes hverdag.");
        await mandate.GetByRole(AriaRole.Button, new() { Name = "Gem mandat" }).ClickAsync();
        await Expect(mandate).ToContainTextAsync("Omsæt principperne i botilbuddenes hverdag.");

        var leader = Personas.Unique("Hanne Bech");
        var members = mette.Section("Medlemmer");
        await members.Locator("form").GetByLabel("Navn").FillAsync(leader);
        await members.Locator("form").GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Faglig leder" });
        await members.GetByRole(AriaRole.Button, new() { Name = "Tilføj medlem" }).ClickAsync();
        await members.GetByRole(AriaRole.Button, new() { Name = $"Gør {leader} til tovholder" }).ClickAsync();
        await Expect(members.GetByRole(AriaRole.Listitem).Filter(new() { HasText = leader })).ToContainTextAsync("Gruppens tovholder");

        var activity = Personas.Unique("Beboermøder hver uge");
        var plan = mette.Section("Implementeringsplan");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Tilføj aktivitet" }).ClickAsync();
        await plan.Locator("form").GetByLabel("Titel", new() { Exact = true }).FillAsync(activity);
        await plan.Locator("form").GetByLabel("4. Mød borgeren med åbenhed, tillid og respekt").CheckAsync();
        await plan.GetByRole(AriaRole.Button, new() { Name = "Gem aktivitet" }).ClickAsync();
        await mette.Activity(activity).GetByRole(AriaRole.Button, new() { Name = $"Tilføj opfølgning på {activity}" }).ClickAsync();
        await mette.Activity(activity).GetByLabel("Opfølgning").FillAsync("Første møde holdt; beboerne vil selv lede det næste.");
        await mette.Activity(activity).GetByRole(AriaRole.Button, new() { Name = "Gem opfølgning" }).ClickAsync();
        await Expect(mette.Activity(activity)).ToContainTextAsync("beboerne vil selv lede det næste.");
        await Expect(mette.Activity(activity)).ToContainTextAsync("af Mette Lund");

        await mette.Activity(activity).GetByRole(AriaRole.Button, new() { Name = $"Redigér {activity}" }).ClickAsync();
        await mette.Activity(activity).GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        await mette.Activity(activity).GetByLabel("5. Hjælp så tidligt som muligt").CheckAsync();
        await mette.Activity(activity).GetByRole(AriaRole.Button, new() { Name = "Gem aktivitet" }).ClickAsync();
        await Expect(mette.Activity(activity).Locator(".badge")).ToHaveTextAsync("Status: I gang");
        await Expect(mette.Activity(activity)).ToContainTextAsync("5. Tidlig hjælp");

        await plan.GetByLabel("Vis aktiviteter for princip").SelectOptionAsync("6");
        await Expect(mette.Activity(activity)).ToHaveCountAsync(0);
        await Expect(plan.GetByText("0 aktiviteter for princip 6")).ToBeVisibleAsync();
        await plan.GetByLabel("Vis aktiviteter for princip").SelectOptionAsync("4");
        await Expect(mette.Activity(activity)).ToBeVisibleAsync();

        var forces = mette.Section("Drivkræfter og barrierer");
        await forces.GetByLabel("Barriere").CheckAsync();
        await forces.GetByLabel("Beskrivelse").FillAsync("Vagtplanen giver ikke tid til møder.");
        await forces.GetByRole(AriaRole.Button, new() { Name = "Notér" }).ClickAsync();
        await Expect(forces.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Vagtplanen giver ikke tid" })).ToBeVisibleAsync();
        await forces.GetByRole(AriaRole.Button, new() { Name = "Fjern barriere 1" }).ClickAsync();
        await Expect(forces.GetByText("Vagtplanen giver ikke tid til møder.")).ToHaveCountAsync(0);

        var reports = mette.Section("Rapporter til styregruppen");
        await reports.GetByLabel("Overskrift").FillAsync("Status efter første kvartal");
        await reports.GetByLabel("Rapport", new() { Exact = true }).FillAsync("Beboermøderne er i gang.");
        await reports.GetByRole(AriaRole.Button, new() { Name = "Send rapport" }).ClickAsync();
        await Expect(reports.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Status efter første kvartal" })).ToContainTextAsync("af Mette Lund");

        var trial = Personas.Unique("Beboerne planlægger selv en udflugt");
        var trials = mette.Section("Prøvehandlinger");
        await trials.GetByLabel("Hypotese").FillAsync("Ansvar for noget konkret giver håb.");
        await trials.GetByLabel("Hvad afprøves").FillAsync(trial);
        await trials.GetByLabel("Hvem").SelectOptionAsync(new SelectOptionValue { Label = $"{leader} (Faglig leder)" });
        await trials.GetByRole(AriaRole.Button, new() { Name = "Foreslå prøvehandling" }).ClickAsync();
        var proposed = trials.GetByRole(AriaRole.Article, new() { Name = trial, Exact = true });
        await proposed.GetByRole(AriaRole.Button, new() { Name = $"Hvad lærte vi af {trial}" }).ClickAsync();
        await proposed.GetByLabel("Hvad lærte vi").FillAsync("Tre beboere tog ansvar; det holdt.");
        await proposed.GetByRole(AriaRole.Button, new() { Name = "Gem det lærte" }).ClickAsync();
        await Expect(proposed).ToContainTextAsync("Tre beboere tog ansvar; det holdt.");
        await proposed.GetByRole(AriaRole.Button, new() { Name = $"Gør {trial} til aktivitet" }).ClickAsync();
        await proposed.GetByLabel("2. Fokusér på borgerens ressourcer").CheckAsync();
        await proposed.GetByRole(AriaRole.Button, new() { Name = "Gør til aktivitet" }).ClickAsync();

        await plan.GetByLabel("Vis aktiviteter for princip").SelectOptionAsync("");
        await Expect(mette.Activity(trial)).ToContainTextAsync($"Fra prøvehandling: {trial}");
        await Expect(mette.Activity(trial)).ToContainTextAsync(leader);
        await Expect(proposed).ToContainTextAsync("Blev til aktiviteten");
        Assert.Empty(mette.Errors);
    }

    [Fact]
    public async Task The_national_coordinator_sees_that_a_citizen_wrote_something_but_not_the_words()
    {
        // Jonas is a citizen member of Herning's demo group for housing support.
        const string path = "/kommuner/657/grupper/bostoette";
        await using var jonas = await server.SignedInAsync(Personas.HerningCitizen, Personas.HerningPath);
        await jonas.OpenGroupAsync(path);
        var words = Personas.Unique("Jeg vil gerne mødes uden for botilbuddet");
        var forces = jonas.Section("Drivkræfter og barrierer");
        await forces.GetByLabel("Beskrivelse").FillAsync(words);
        await forces.GetByRole(AriaRole.Button, new() { Name = "Notér" }).ClickAsync();
        await Expect(forces).ToContainTextAsync(words);

        await using var lars = await server.SignedInAsync(Personas.National, "/");
        await lars.Page.GotoAsync(path);
        var seen = lars.Section("Drivkræfter og barrierer");
        await Expect(seen.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Skrevet af en borger – ikke delt" })).ToHaveCountAsync(1);
        await Expect(lars.Page.GetByText(words)).ToHaveCountAsync(0);
        await Expect(seen.Locator("form")).ToHaveCountAsync(0);
        Assert.Empty(lars.Errors);
    }

    [Fact]
    public async Task Another_municipality_is_refused_and_an_unknown_group_is_said_not_to_exist()
    {
        await using var anne = await server.SignedInAsync(Personas.RoskildeLeader, "/kommuner/265");
        await anne.Page.GotoAsync("/kommuner/657/grupper/myndighed");
        await Expect(anne.Page.GetByText("Du har ikke adgang til kommunens implementeringsgrupper.")).ToBeVisibleAsync();
        await Expect(anne.Page.GetByText("Sagsbehandlingen i Social- og Sundhedsafdelingen")).ToHaveCountAsync(0);

        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await mette.Page.GotoAsync("/kommuner/657/grupper/findes-ikke");
        await Expect(mette.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gruppen findes ikke");
    }
}
