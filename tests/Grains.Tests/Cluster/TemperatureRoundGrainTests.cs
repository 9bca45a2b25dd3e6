using System.Collections.Immutable;
using Recovery.Grains.Assessments;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class TemperatureRoundGrainTests(ClusterFixture fixture)
{
    private ITemperatureRoundGrain Round(string municipality, string id) =>
        fixture.Client.GetGrain<ITemperatureRoundGrain>(TemperatureRoundKeys.Grain(municipality, id));

    private static Respond Scores(params (string Statement, int Score)[] scores) => new(scores.ToImmutableDictionary(s => s.Statement, s => s.Score));

    private static void As(string personId, string municipality, Role role = Role.CaseHandler) => new Caller(personId, municipality, role).Enter();

    [Fact]
    public async Task Respondents_answer_the_count_grows_and_closing_gives_results_with_the_change_since_the_last_round()
    {
        var first = Round("820", "foraar");
        Callers.Tovholder("820").Enter();
        await first.Open(new OpenRound("Forår", DefaultQuestionnaire.Version1, ["p-820-sara", "p-820-ole"]));
        As("p-820-sara", "820");
        await first.Respond(Scores(("1.1", 2), ("1.2", 2)));
        Callers.Tovholder("820").Enter();
        Assert.Equal((2, 1), ((await first.View()).Respondents, (await first.View()).Responded));
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await first.Close();

        var second = Round("820", "efteraar");
        await second.Open(new OpenRound("Efterår", DefaultQuestionnaire.Version1, ["p-820-sara", "p-820-ole"]));
        As("p-820-sara", "820");
        await second.Respond(Scores(("1.1", 4)));
        As("p-820-ole", "820", Role.Politician);
        await second.Respond(Scores(("1.3", 3)));
        var own = await second.View();
        Callers.Tovholder("820").Enter();
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await second.Close();
        var results = (await second.View()).Results!.Value;

        Assert.Equal(3, own.YourScores!["1.3"]);
        var political = results.Single(r => r.Prerequisite == OrganisationalPrerequisite.PoliticalFocus);
        Assert.Equal((2, 3.5, 1.5), (political.Respondents, political.Mean, political.Change));
    }

    [Fact]
    public async Task Someone_not_chosen_and_another_municipality_are_refused_and_nothing_is_stored()
    {
        var round = Round("810", "maaling");
        Callers.Tovholder("810").Enter();
        await round.Open(new OpenRound("Måling", DefaultQuestionnaire.Version1, ["p-810-sara"]));
        var stored = (await fixture.StoredEvents("810", TemperatureRoundKeys.Stream("810", "maaling"))).Count;

        As("p-810-ib", "810", Role.Staff);
        var notChosen = await Assert.ThrowsAsync<RuleViolation>(() => round.Respond(Scores(("1.1", 3))));
        As("p-810-sara", "851");
        var outsider = await Assert.ThrowsAsync<RuleViolation>(() => round.Respond(Scores(("1.1", 3))));

        Assert.Equal((RuleViolation.Codes.Forbidden, RuleViolation.Codes.Forbidden), (notChosen.Code, outsider.Code));
        Assert.Equal(stored, (await fixture.StoredEvents("810", TemperatureRoundKeys.Stream("810", "maaling"))).Count);
    }
}
