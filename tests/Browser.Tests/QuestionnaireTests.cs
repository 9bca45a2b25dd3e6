namespace Recovery.Browser.Tests;

/// <summary>The national coordinator publishes a new wording of the temperature questionnaire.</summary>
public sealed class QuestionnaireTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task The_coordinator_rewords_a_statement_and_publishes_version_two()
    {
        await using var coordinator = await server.SignedInAsync(Personas.National, "/");
        await coordinator.Page.GetByRole(AriaRole.Link, new() { Name = "Temperaturmålingens spørgeskema" }).ClickAsync();
        var form = coordinator.Page.Locator("form").Filter(new() { HasText = "Udgiv version 2" });

        await form.GetByLabel("Udsagn 1.1").FillAsync("Byrådet har vedtaget mål for recovery-orienteret rehabilitering.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Udgiv version 2" }).ClickAsync();

        await Expect(coordinator.Page.GetByText("Version 2 (gældende)")).ToBeVisibleAsync();
        await Expect(coordinator.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Byrådet har vedtaget mål" }).First).ToBeVisibleAsync();
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(coordinator.Page));
    }

    [Fact]
    public async Task A_tovholder_reads_the_questionnaire_but_is_not_offered_to_publish()
    {
        await using var tovholder = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await tovholder.Page.GotoAsync("/spoergeskema");

        await Expect(tovholder.Page.GetByRole(AriaRole.Heading, new() { Name = "Politisk fokus", Exact = false }).First).ToBeVisibleAsync();
        await Expect(tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Udgiv version", Exact = false })).ToHaveCountAsync(0);
    }
}
