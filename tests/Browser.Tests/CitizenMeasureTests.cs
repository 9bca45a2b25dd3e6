namespace Recovery.Browser.Tests;

/// <summary>Citizen-reported measures in real Chromium: a citizen answers WHO-5 with a personal code on large buttons, and their staff member sees it.</summary>
public sealed class CitizenMeasureTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task A_citizen_answers_who5_with_the_personal_code_on_large_buttons_and_their_staff_member_sees_the_score()
    {
        await using var sofie = await server.SignedInAsync(Personas.HerningStaff, Personas.HerningPath);
        await sofie.Page.GetByRole(AriaRole.Link, new() { Name = "Borgerrapporterede mål" }).ClickAsync();
        await sofie.Page.GetByRole(AriaRole.Button, new() { Name = "Opret borger", Exact = true }).ClickAsync();
        var heading = sofie.Page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new System.Text.RegularExpressions.Regex("^Borger B-") });
        var pseudonym = (await heading.TextContentAsync())!["Borger ".Length..];
        await sofie.Page.GetByRole(AriaRole.Button, new() { Name = "Lav personlig kode" }).ClickAsync();
        var code = await sofie.Page.Locator(".personal-code").TextContentAsync();

        await using var citizen = await server.NewPageAsync();
        await citizen.Page.GotoAsync("/borger");
        await citizen.Page.GetByLabel("Din personlige kode").FillAsync(code!);
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Fortsæt" }).ClickAsync();
        await citizen.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("sidste to uger") }).ClickAsync();
        for (var statement = 1; statement <= 5; statement++)
        {
            await Expect(citizen.Page.GetByText($"Udsagn {statement} af 5")).ToBeVisibleAsync();
            var answer = citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Det meste af tiden", Exact = true });
            Assert.True((await answer.BoundingBoxAsync())!.Height >= 48, "Answer buttons are at least 48 px tall.");
            await answer.ClickAsync();
        }
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Gem svar" }).ClickAsync();
        await Expect(citizen.Page.GetByText("Tak. Dine svar er gemt.")).ToBeVisibleAsync();
        await Expect(citizen.Page.GetByRole(AriaRole.Table, new() { Name = "Alle besvarelser" })).ToContainTextAsync("80");

        await sofie.Page.ReloadAsync();
        await sofie.Page.GetByRole(AriaRole.Button, new() { Name = $"Borger {pseudonym}", Exact = true }).ClickAsync();
        var answers = sofie.Page.GetByRole(AriaRole.Table, new() { Name = "Alle besvarelser" });
        await Expect(answers).ToContainTextAsync("80");
        await Expect(answers).ToContainTextAsync("Af borgeren");
        Assert.Empty(citizen.Errors);
        Assert.Empty(sofie.Errors);
    }

    [Fact]
    public async Task The_staff_page_with_a_citizen_open_and_the_citizens_code_page_have_no_serious_accessibility_violations()
    {
        await using var sofie = await server.SignedInAsync(Personas.HerningStaff, Personas.HerningPath);
        await sofie.Page.GotoAsync("/kommuner/657/borgermaal");
        await sofie.Page.GetByRole(AriaRole.Button, new() { Name = "Borger B-DEM2AA", Exact = true }).ClickAsync();
        await Expect(sofie.Page.GetByRole(AriaRole.Table, new() { Name = "Alle besvarelser" })).ToBeVisibleAsync();
        await Expect(sofie.Page.GetByRole(AriaRole.Cell, new() { Name = "for få besvarelser", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(sofie.Page));

        await using var citizen = await server.NewPageAsync();
        await citizen.Page.GotoAsync("/borger");
        await Expect(citizen.Page.GetByLabel("Din personlige kode")).ToBeVisibleAsync();
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(citizen.Page));
    }
}
