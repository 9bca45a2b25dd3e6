using Recovery.Api.History;

namespace Recovery.Api.NationalProgress;

/// <summary>
/// What happened in a quarter across the municipalities shown, by the dates in their events:
/// joined is a running total, the rest count the quarter's own workshops, rounds and finished actions.
/// </summary>
internal sealed record ProgressQuarter(string Quarter, int Joined, int WorkshopsHeld, int TemperatureRounds, double? TemperatureMean, int ActionsDone)
{
    /// <summary>At most three years back, so one early date does not stretch the chart.</summary>
    public const int MaxQuarters = 12;

    public static IReadOnlyList<ProgressQuarter> Trend(IReadOnlyList<MunicipalityProgressModel> rows, DateOnly today)
    {
        if (rows.Count == 0) return [];
        var joined = rows.Select(m => Of(m.Programme.JoinedAt!.Value)).ToList();
        var held = rows.SelectMany(m => m.WorkshopsHeld).Select(w => Of(w.HeldAt)).ToList();
        var rounds = rows.SelectMany(m => m.ClosedRounds).Select(r => (Quarter: Of(r.ClosedAt!.Value), Mean: RoundMean.Of(r))).ToList();
        var done = rows.SelectMany(m => m.Groups).SelectMany(g => g.Actions).Where(a => a.DoneAt is not null).Select(a => Of(a.DoneAt!.Value)).ToList();
        var current = Of(today);
        var first = joined.Concat(held).Concat(rounds.Select(r => r.Quarter)).Concat(done).Min();
        return [.. Range(first, current).TakeLast(MaxQuarters).Select(q => new ProgressQuarter(
            Label(q),
            joined.Count(j => j <= q),
            held.Count(h => h == q),
            rounds.Count(r => r.Quarter == q),
            RegionProgress.Mean(rounds.Where(r => r.Quarter == q).Select(r => r.Mean)),
            done.Count(d => d == q)))];
    }

    /// <summary>A quarter as a number that counts quarters since year 0, so ranges are plain integers.</summary>
    private static int Of(DateTimeOffset moment) => Of(DanishTime.Day(moment));

    private static int Of(DateOnly day) => day.Year * 4 + (day.Month - 1) / 3;

    private static IEnumerable<int> Range(int first, int last) => Enumerable.Range(Math.Min(first, last), Math.Max(0, last - Math.Min(first, last)) + 1);

    private static string Label(int quarter) => $"{quarter / 4}K{quarter % 4 + 1}";
}
