using System.Collections.Immutable;
using Recovery.Grains.Assessments;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.Municipalities;
using Recovery.Grains.ReferenceNetwork;
using Recovery.Grains.Staircase;

namespace Recovery.Api.Demo;

/// <summary>
/// A reference network to look at: the four partnership municipalities and fourteen others across the
/// five regions opt in; those without figures get made-up citizen measures, a staircase and a closed
/// temperature round; and one edition is published. Which municipalities are real reference
/// municipalities is not public, so the fourteen are only illustrative. Every step is skipped where it
/// has already happened, so a second run changes nothing.
/// </summary>
internal static class DemoReferenceNetwork
{
    public static readonly string[] Partnership = ["657", "730", "265", "230"];

    public static readonly string[] References =
        ["147", "173", "219", "316", "329", "370", "461", "561", "621", "740", "751", "791", "813", "851"];

    /// <summary>Two members get only three citizens each, so the page also shows a figure they cannot contribute to.</summary>
    private static readonly string[] FewCitizens = ["219", "813"];

    public static async Task Seed(IGrainFactory grains)
    {
        new Caller("p-national-demo", null, Role.NationalCoordinator).Enter();
        var network = grains.GetGrain<IReferenceNetworkGrain>(0);
        // Once an edition is out, the network is people's own: who left by hand is not taken back in.
        if ((await network.Editions()).Count > 0) return;
        foreach (var code in Partnership.Concat(References))
        {
            await Join(grains, code);
            if (code == "657") continue; // Herning has its own demo figures.
            var random = new Random(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            await SeedStaircase(grains, code, random);
            await SeedTemperatureRound(grains, code, random);
            await SeedCitizens(grains, code, random);
        }
    }

    /// <summary>
    /// The first edition, published once the rest of the country is seeded too, so the members' plans
    /// are in it; a network that already has an edition is left as people made it.
    /// </summary>
    public static async Task PublishFirstEdition(IGrainFactory grains)
    {
        new Caller("p-national-demo", null, Role.NationalCoordinator).Enter();
        var network = grains.GetGrain<IReferenceNetworkGrain>(0);
        if ((await network.Editions()).Count == 0) await network.Publish();
    }

    private static async Task Join(IGrainFactory grains, string code)
    {
        var leader = code == "657" ? DemoPersonas.Find("herning-chef")!.PersonId : $"p-{code}-leder";
        new Caller(leader, code, Role.StrategicLeader).Enter();
        await grains.GetGrain<IMunicipalityGrain>(code).JoinReferenceNetwork(new JoinReferenceNetwork());
    }

    private static async Task SeedStaircase(IGrainFactory grains, string code, Random random)
    {
        new Caller($"p-{code}-tovholder", code, Role.Tovholder).Enter();
        var staircase = grains.GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(code));
        if ((await staircase.View()).Version > 0) return;
        int[] basis = [40, 120, 35, 60, 300, 40, 95];
        var scale = 0.4 + random.NextDouble() * 1.6;
        await staircase.ImportCounts(new ImportStepCounts([.. DefaultStaircase.Steps.Select((s, i) =>
            new StepCountRow("2026K3", s.Id, (int)(basis[i] * scale * (0.7 + random.NextDouble() * 0.6))))]));
        await staircase.RecordMovement(new RecordMovement("2026K3", "sel-85", "sel-82", random.Next(3, 15)));
        await staircase.RecordMovement(new RecordMovement("2026K3", "sel-107", "sel-85", random.Next(1, 8)));
        await staircase.RecordMovement(new RecordMovement("2026K3", "sel-85", "sel-107", random.Next(0, 5)));
        await staircase.SetKeyFigures(new SetKeyFigures("2026K3",
            Math.Round(14m + (decimal)random.NextDouble() * 14m, 1), Math.Round(17m + (decimal)random.NextDouble() * 10m, 1)));
    }

    private static async Task SeedTemperatureRound(IGrainFactory grains, string code, Random random)
    {
        var round = grains.GetGrain<ITemperatureRoundGrain>(TemperatureRoundKeys.Grain(code, "t-network-demo"));
        new Caller($"p-{code}-tovholder", code, Role.Tovholder).Enter();
        if ((await round.View()).QuestionnaireVersion != 0) return;
        var respondents = Enumerable.Range(1, 5).Select(i => $"p-{code}-r{i}").ToArray();
        var questionnaire = DefaultQuestionnaire.Version1;
        await round.Open(new OpenRound("Temperaturmåling 2026", questionnaire, [.. respondents]));
        var level = random.Next(1, 4);
        foreach (var respondent in respondents)
        {
            new Caller(respondent, code, Role.Staff).Enter();
            await round.Respond(new Respond(questionnaire.Statements.ToImmutableDictionary(s => s.Id, _ => Math.Clamp(level + random.Next(-1, 2), 0, 5))));
        }
        new Caller($"p-{code}-tovholder", code, Role.Tovholder).Enter();
        await round.Close();
    }

    private static async Task SeedCitizens(IGrainFactory grains, string code, Random random)
    {
        new Caller($"p-{code}-medarbejder", code, Role.Staff).Enter();
        var count = FewCitizens.Contains(code) ? 3 : 6;
        for (var i = 0; i < count; i++)
        {
            var citizen = grains.GetGrain<ICitizenGrain>(CitizenKeys.Grain(code, Pseudonym(code, i)));
            try
            {
                await citizen.Enrol(new EnrolCitizen([]));
            }
            catch (RuleViolation e) when (e.Code == RuleViolation.Codes.Conflict)
            {
                continue;
            }
            await citizen.Answer(new AnswerMeasure(Instrument.Who5, [.. Enumerable.Range(0, 5).Select(_ => (int?)random.Next(1, 5))], false));
            await citizen.Answer(new AnswerMeasure(Instrument.BriefInspireO, [.. Enumerable.Range(0, 5).Select(_ => (int?)random.Next(1, 4))], false));
        }
    }

    /// <summary>Fixed per municipality and citizen, so a second run finds them enrolled; digits become letters of the pseudonym alphabet.</summary>
    private static string Pseudonym(string code, int index) =>
        $"B-N{string.Concat(code.Select(d => CitizenKeys.Alphabet[8 + d - '0']))}Z{CitizenKeys.Alphabet[index]}";
}
