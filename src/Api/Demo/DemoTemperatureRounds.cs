using System.Collections.Immutable;
using Recovery.Grains.Assessments;

namespace Recovery.Api.Demo;

/// <summary>
/// Two closed temperature rounds in Herning, spring and autumn, so the results, the change between
/// rounds and the trend have something to show. Scores are made up, in the range the 2019 national
/// mapping saw (around 2–3 of 5, lowest on steering and follow-up).
/// </summary>
internal static class DemoTemperatureRounds
{
    private static readonly (string PersonId, Role Role, int Offset)[] Respondents =
        [("p-657-mette", Role.Tovholder, 0), ("p-657-birgitte", Role.StrategicLeader, 1), ("p-657-sara", Role.Staff, -1),
         ("p-657-ole", Role.Politician, 1), ("p-657-jonas", Role.Citizen, -1)];

    public static async Task Seed(IGrainFactory grains)
    {
        await SeedRound(grains, "t-seed-657-spring", "Forårsmåling 2026", [3, 2, 3, 2, 2, 2, 3, 2]);
        await SeedRound(grains, "t-seed-657-autumn", "Efterårsmåling 2026", [3, 3, 4, 2, 3, 3, 3, 3]);
    }

    private static async Task SeedRound(IGrainFactory grains, string id, string title, int[] basis)
    {
        var round = grains.GetGrain<ITemperatureRoundGrain>(TemperatureRoundKeys.Grain("657", id));
        As("p-657-mette", Role.Tovholder);
        if ((await round.View()).QuestionnaireVersion != 0) return;

        var questionnaire = DefaultQuestionnaire.Version1;
        await round.Open(new OpenRound(title, questionnaire, [.. Respondents.Select(r => r.PersonId)]));
        foreach (var (person, index) in Respondents.Select((r, i) => (r, i)))
        {
            As(person.PersonId, person.Role);
            // A little disagreement that differs by statement and person, so spreads are not all alike.
            var scores = questionnaire.Statements.Select((s, i) =>
                (s.Id, Score: Math.Clamp(basis[(int)s.Prerequisite - 1] + person.Offset + ((i * 7 + index * 3) % 5 == 0 ? -1 : 0), 0, 5)));
            await round.Respond(new Respond(scores.ToImmutableDictionary(s => s.Id, s => s.Score)));
        }
        As("p-657-mette", Role.Tovholder);
        await round.Close();
        await round.Reflect(new Reflect(ReflectionQuestion.StrengthsAndWeaknesses,
            "Stærkest på ledelse; svagest på samarbejde på tværs, hvor der endnu ikke er en aftale med regionen."));
    }

    private static void As(string personId, Role role) => new Caller(personId, "657", role).Enter();
}
