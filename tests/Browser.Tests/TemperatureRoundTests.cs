namespace Recovery.Browser.Tests;

/// <summary>
/// A temperature round as a workshop runs it: the tovholder opens it for three respondents, each
/// answers in their own browser, the count grows live on the tovholder's page, and closing shows
/// the result chart, from which a weak prerequisite becomes a plan item.
/// </summary>
public sealed class TemperatureRoundTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly string[] Respondents = ["Mette Lund", "Jonas Holm", "Birgitte Dahl"];

    [Fact]
    public async Task Three_respondents_answer_on_their_own_pages_and_the_tovholder_sees_the_count_and_then_the_result_chart()
    {
        await using var tovholder = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var title = Personas.Unique("Workshopmåling");
        var roundPath = await OpenRoundAsync(tovholder, title);
        await Expect(tovholder.Page.GetByText("0 af 3")).ToBeVisibleAsync();
        await Expect(tovholder.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Live: forbundet" })).ToBeVisibleAsync();
        await tovholder.Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        await AnswerAsync(tovholder, roundPath, political: 2, leadership: 4);
        await using (var citizen = await server.SignedInAsync(Personas.HerningCitizen, Personas.HerningPath))
        {
            var invitation = citizen.Section("Temperaturmålinger").GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });
            await Expect(invitation).ToContainTextAsync("Du er valgt til at svare");
            await invitation.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await AnswerAsync(citizen, roundPath, political: 3, leadership: 5);
        }
        await Expect(tovholder.Page.GetByText("2 af 3")).ToBeVisibleAsync();
        await using (var leader = await server.SignedInAsync(Personas.HerningLeader, Personas.HerningPath))
            await AnswerAsync(leader, roundPath, political: 1, leadership: 3);

        await Expect(tovholder.Page.GetByText("3 af 3")).ToBeVisibleAsync();
        Assert.True(await tovholder.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The count should grow without a reload.");

        await tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Luk målingen", Exact = true }).ClickAsync();
        await tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Luk målingen og vis resultaterne" }).ClickAsync();

        var chart = tovholder.Page.GetByRole(AriaRole.Figure, new() { Name = "Gennemsnit pr. organisatorisk forudsætning" });
        await Expect(chart.GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await Expect(chart).ToContainTextAsync("Lavest: Politisk fokus med 2.");
        var political = tovholder.Section("Resultater").GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Politisk fokus" }).Last;
        await Expect(political.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("2");
        await Expect(political.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("3");
        Assert.Empty(await AccessibilityTests.SeriousViolationsAsync(tovholder.Page));
        Assert.Empty(tovholder.Errors);
    }

    [Fact]
    public async Task A_weak_prerequisite_becomes_a_plan_item_that_shows_in_the_steering_groups_plan()
    {
        await using var tovholder = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        var roundPath = await OpenRoundAsync(tovholder, Personas.Unique("Måling til planen"));
        await AnswerAsync(tovholder, roundPath, political: 1, leadership: 4);
        await tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Luk målingen", Exact = true }).ClickAsync();
        await tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Luk målingen og vis resultaterne" }).ClickAsync();
        var itemTitle = Personas.Unique("Politisk opfølgning hvert kvartal");

        await tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Lav punkt i planen for Politisk fokus" }).ClickAsync();
        await tovholder.Page.GetByLabel("Punktets titel").FillAsync(itemTitle);
        await tovholder.Page.GetByRole(AriaRole.Button, new() { Name = "Opret punktet" }).ClickAsync();

        await Expect(tovholder.Section("Resultater").GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Politisk fokus" }).Last).ToContainTextAsync(itemTitle);
        await tovholder.OpenHerningAsync();
        await Expect(tovholder.PlanItem(itemTitle)).ToContainTextAsync("Fra temperaturmålingen");
    }

    private static async Task<string> OpenRoundAsync(BrowserPage tovholder, string title)
    {
        await tovholder.OpenHerningAsync();
        var section = tovholder.Section("Temperaturmålinger");
        await section.GetByRole(AriaRole.Button, new() { Name = "Start en ny temperaturmåling" }).ClickAsync();
        await section.GetByLabel("Titel").FillAsync(title);
        foreach (var name in Respondents) await section.GetByRole(AriaRole.Checkbox, new() { Name = name }).CheckAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = "Start målingen" }).ClickAsync();
        await Expect(tovholder.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        return new Uri(tovholder.Page.Url).AbsolutePath;
    }

    /// <summary>Answers the first statement under political focus and under leadership on the large score buttons.</summary>
    private static async Task AnswerAsync(BrowserPage respondent, string roundPath, int political, int leadership)
    {
        if (new Uri(respondent.Page.Url).AbsolutePath != roundPath) await respondent.Page.GotoAsync(roundPath);
        await Score(respondent, "Der er politiske mål for omlægningen", political);
        await Score(respondent, "Den strategiske ledelse tager aktivt ejerskab", leadership);
        await respondent.Page.GetByRole(AriaRole.Button, new() { Name = "Send mine svar" }).ClickAsync();
        await Expect(respondent.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Gemt" })).ToBeVisibleAsync();
    }

    private static async Task Score(BrowserPage respondent, string statement, int score) =>
        await respondent.Page.GetByRole(AriaRole.Group).Filter(new() { HasText = statement })
            .GetByRole(AriaRole.Radio, new() { Name = score.ToString(), Exact = true }).CheckAsync();
}
