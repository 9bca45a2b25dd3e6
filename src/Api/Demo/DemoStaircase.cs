using Recovery.Grains.Staircase;

namespace Recovery.Api.Demo;

/// <summary>
/// Herning's staircase over six quarters, with citizens moving down it: more on the lowest steps,
/// fewer in residential care, and key figures that follow. Seeded only while the staircase is untouched.
/// </summary>
internal static class DemoStaircase
{
    private static readonly string[] Quarters = ["2025K2", "2025K3", "2025K4", "2026K1", "2026K2", "2026K3"];

    private static readonly (string Step, int[] Counts)[] Counts =
    [
        ("civilsamfund", [40, 48, 55, 63, 70, 78]),
        ("raadgivning", [120, 130, 142, 150, 161, 170]),
        ("gruppeforloeb", [35, 40, 44, 50, 54, 58]),
        ("sel-82", [60, 68, 75, 80, 86, 92]),
        ("sel-85", [310, 305, 296, 288, 279, 270]),
        ("sel-107", [42, 40, 37, 35, 33, 30]),
        ("sel-108", [95, 94, 92, 90, 88, 86]),
    ];

    private static readonly (string From, string To, int[] Counts)[] Movements =
    [
        ("sel-85", "sel-82", [8, 9, 10, 11, 11, 12]),
        ("sel-82", "raadgivning", [5, 6, 7, 7, 8, 9]),
        ("sel-107", "sel-85", [4, 4, 5, 5, 6, 6]),
        ("sel-108", "sel-107", [1, 1, 2, 2, 2, 2]),
        ("sel-85", "sel-107", [3, 3, 2, 2, 2, 2]),
    ];

    private static readonly decimal[] EducationOrEmployment = [18.5m, 19.2m, 20.1m, 21.0m, 21.8m, 22.6m];
    private static readonly decimal[] Readmissions = [24.0m, 23.1m, 22.5m, 21.4m, 20.9m, 20.2m];

    private static readonly (string Step, long[] Amounts)[] Expenditure =
    [
        ("raadgivning", [2_400_000, 2_550_000, 2_700_000, 2_800_000, 2_950_000, 3_100_000]),
        ("sel-82", [3_100_000, 3_400_000, 3_700_000, 3_900_000, 4_200_000, 4_400_000]),
        ("sel-85", [21_000_000, 20_700_000, 20_100_000, 19_600_000, 19_000_000, 18_400_000]),
        ("sel-107", [9_800_000, 9_400_000, 8_800_000, 8_300_000, 7_900_000, 7_200_000]),
        ("sel-108", [28_500_000, 28_300_000, 27_900_000, 27_400_000, 27_000_000, 26_600_000]),
    ];

    public static async Task Seed(IGrainFactory grains)
    {
        var mette = DemoPersonas.Find("herning-tovholder")!;
        new Caller(mette.PersonId, mette.Municipality, mette.Role).Enter();
        var staircase = grains.GetGrain<IStaircaseGrain>(StaircaseKeys.Grain("657"));
        if ((await staircase.View()).Version > 0) return;

        await staircase.ImportCounts(new ImportStepCounts(
            [.. Counts.SelectMany(c => Quarters.Select((q, i) => new StepCountRow(q, c.Step, c.Counts[i])))]));
        for (var i = 0; i < Quarters.Length; i++)
        {
            foreach (var (from, to, counts) in Movements) await staircase.RecordMovement(new RecordMovement(Quarters[i], from, to, counts[i]));
            await staircase.SetKeyFigures(new SetKeyFigures(Quarters[i], EducationOrEmployment[i], Readmissions[i]));
            foreach (var (step, amounts) in Expenditure) await staircase.SetExpenditure(new SetExpenditure(Quarters[i], step, amounts[i]));
        }
    }
}
