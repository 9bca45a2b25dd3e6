using Recovery.Grains.CitizenMeasures;

namespace Recovery.Grains.Tests.CitizenMeasures;

public sealed class MeasureAggregateSpecs
{
    private static PeriodScore[] Citizen(params (string Period, int Score)[] scores) =>
        [.. scores.Select(s => new PeriodScore(Instrument.BriefInspireO, s.Period, s.Score))];

    private static PeriodAggregate Single(params PeriodScore[][] citizens) =>
        Assert.Single(MeasureAggregates.Of(BriefInspireO.Definition, citizens));

    [Fact]
    public void Four_citizens_are_suppressed_with_no_numbers_at_all() =>
        Assert.Equal(new PeriodAggregate("2026-Q4", true, null, null, null, null, null),
            Single([.. Enumerable.Range(0, 4).Select(_ => Citizen(("2026-Q4", 60)))]));

    [Fact]
    public void Five_citizens_show_the_mean_and_the_share_above_the_cut_off()
    {
        var shown = Single(Citizen(("2026-Q4", 40)), Citizen(("2026-Q4", 50)), Citizen(("2026-Q4", 55)), Citizen(("2026-Q4", 60)), Citizen(("2026-Q4", 70)));
        Assert.Equal(("2026-Q4", false, 5, 55.0, 0.6), (shown.Period, shown.Suppressed, shown.Citizens, shown.Mean, shown.ShareAboveCutOff));
        Assert.Null(shown.ShareImproved);
    }

    [Fact]
    public void Change_is_against_each_citizens_previous_period_and_counts_at_the_threshold()
    {
        var citizens = new[]
        {
            Citizen(("2026-Q2", 40), ("2026-Q3", 48)),
            Citizen(("2026-Q2", 40), ("2026-Q3", 47)),
            Citizen(("2026-Q1", 60), ("2026-Q3", 50)),
            Citizen(("2026-Q2", 30), ("2026-Q3", 45)),
            Citizen(("2026-Q2", 50), ("2026-Q3", 50)),
            Citizen(("2026-Q3", 90)),
        };
        var q3 = MeasureAggregates.Of(BriefInspireO.Definition, citizens).Single(p => p.Period == "2026-Q3");
        Assert.Equal((6, 0.4, 0.2), (q3.Citizens, q3.ShareImproved, q3.ShareWorsened));
    }

    [Fact]
    public void Another_instruments_scores_do_not_count() =>
        Assert.Empty(MeasureAggregates.Of(Who5.Definition, [Citizen(("2026-Q4", 60))]));
}
