namespace Recovery.Browser.Tests;

/// <summary>Erasure and the citizen access log in real Chromium: what a tovholder does when a person or a citizen asks to be erased.</summary>
public sealed class PrivacyTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_tovholder_erases_a_person_after_confirming_and_the_page_has_no_serious_accessibility_violations()
    {
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await mette.Page.GetByRole(AriaRole.Link, new() { Name = "Kommunens personer og sletning" }).ClickAsync();
        var people = mette.Page.GetByRole(AriaRole.Table, new() { Name = "Personer i kommunens katalog" });
        await Expect(people).ToContainTextAsync("Jonas Holm");
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(mette.Page));
        string? asked = null;
        mette.Page.Dialog += (_, dialog) =>
        {
            asked = dialog.Message;
            _ = dialog.AcceptAsync();
        };

        await mette.Page.GetByRole(AriaRole.Button, new() { Name = "Slet person Jonas Holm" }).ClickAsync();

        await Expect(mette.Section("Personer i kataloget").GetByRole(AriaRole.Status)).ToHaveTextAsync("Personen er slettet");
        Assert.StartsWith("Slet Jonas Holm?", asked);
        await Expect(people).Not.ToContainTextAsync("Jonas Holm");
        await Expect(mette.Section("Sletninger")).ToContainTextAsync("person p-657-jonas slettet af Mette Lund");
        Assert.Empty(mette.Errors);
    }

    [Fact]
    public async Task A_staff_members_read_shows_in_the_access_log_and_erasing_the_citizen_leaves_the_read_without_a_pseudonym()
    {
        await using var sofie = await server.SignedInAsync(Personas.HerningStaff, Personas.HerningPath);
        await sofie.Page.GetByRole(AriaRole.Link, new() { Name = "Borgerrapporterede mål" }).ClickAsync();
        await sofie.Page.GetByRole(AriaRole.Button, new() { Name = "Opret borger", Exact = true }).ClickAsync();
        var heading = sofie.Page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new System.Text.RegularExpressions.Regex("^Borger B-") });
        var pseudonym = (await heading.TextContentAsync())!["Borger ".Length..];
        await sofie.Page.ReloadAsync();
        await sofie.Page.GetByRole(AriaRole.Button, new() { Name = $"Borger {pseudonym}", Exact = true }).ClickAsync();
        await Expect(sofie.Page.GetByRole(AriaRole.Button, new() { Name = "Lav personlig kode" })).ToBeVisibleAsync();

        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await mette.Page.GetByRole(AriaRole.Link, new() { Name = "Borgerrapporterede mål" }).ClickAsync();
        await mette.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Adgangslog") }).ClickAsync();
        var log = mette.Page.GetByRole(AriaRole.Table, new() { Name = "Læsninger af enkelte borgeres svar, nyeste først" });
        await Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = pseudonym }).First).ToContainTextAsync("Sofie Bech");
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(mette.Page));

        await mette.Page.GoBackAsync();
        mette.Page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await mette.Page.GetByLabel("Borgerens pseudonym").FillAsync(pseudonym);
        await mette.Page.GetByRole(AriaRole.Button, new() { Name = "Slet borgerens målinger" }).ClickAsync();
        await Expect(mette.Section("Slet borgerens målinger").GetByRole(AriaRole.Status)).ToHaveTextAsync("Borgerens målinger er slettet");
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(mette.Page));

        await mette.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Adgangslog") }).ClickAsync();
        await Expect(log).ToContainTextAsync("slettet borger");
        await Expect(log).Not.ToContainTextAsync(pseudonym);
        Assert.Empty(mette.Errors);
    }
}
