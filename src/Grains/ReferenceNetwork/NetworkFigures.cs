using Recovery.Grains.Assessments;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.PlanOverview;
using Recovery.Grains.Staircase;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>
/// A municipality's own value of a metric. <see cref="Value"/> is null where the municipality's own
/// figure is hidden (a citizen period with fewer than five citizens); <see cref="Citizens"/> is how many
/// citizens it is built from, for metrics that count citizens.
/// </summary>
[GenerateSerializer, Immutable, Alias("network.figure")]
public sealed record MetricFigure([property: Id(0)] double? Value, [property: Id(1)] int? Citizens = null);

/// <summary>
/// How a municipality's figures become metric values, the same way for its own view and for the
/// network: the latest closed temperature round, each instrument's latest quarter, the staircase's
/// latest quarter with counts, the latest quarter with each key figure, and the plans as they stand.
/// Shares are percent. No I/O.
/// </summary>
public static class NetworkFigures
{
    public static IEnumerable<KeyValuePair<string, MetricFigure>> Temperature(IEnumerable<TemperatureRoundSummary> rounds) =>
        rounds.Where(r => r.ClosedAt is not null).MaxBy(r => r.ClosedAt) is { } latest
            ? latest.Results.Where(r => r.Mean is not null)
                .Select(r => Entry(ReferenceMetrics.TemperatureId(r.Prerequisite), new MetricFigure(r.Mean)))
            : [];

    /// <summary>The latest quarter each instrument has: hidden (null value) when it has fewer than five citizens.</summary>
    public static IEnumerable<KeyValuePair<string, MetricFigure>> Citizens(IEnumerable<CitizenSummary> citizens)
    {
        var scores = citizens.Select(c => (IReadOnlyCollection<PeriodScore>)c.Scores).ToArray();
        foreach (var instrument in Instruments.All)
        {
            if (MeasureAggregates.Of(instrument, scores) is not [.., var latest]) continue;
            var n = latest.Citizens;
            yield return Entry(ReferenceMetrics.MeanId(instrument.Instrument), new(latest.Mean, n));
            yield return Entry(ReferenceMetrics.AboveCutOffId(instrument.Instrument), new(latest.ShareAboveCutOff * 100, n));
            if (latest.Suppressed || latest.ShareImproved is not null)
                yield return Entry(ReferenceMetrics.ImprovedId(instrument.Instrument), new(latest.ShareImproved * 100, n));
        }
    }

    public static IEnumerable<KeyValuePair<string, MetricFigure>> Staircase(StaircaseState state)
    {
        var steps = state.Steps.Select(s => s.Id).ToArray();
        var quarter = state.Counts.Keys.Where(q => Total(state, steps, q) > 0).Order(StringComparer.Ordinal).LastOrDefault();
        if (quarter is not null)
        {
            var total = Total(state, steps, quarter);
            foreach (var step in DefaultStaircase.Steps.Where(s => steps.Contains(s.Id)))
                yield return Entry(ReferenceMetrics.StepId(step.Id), new(Percent(state.Count(quarter, step.Id) ?? 0, total), total));
            var moves = state.Movements.Where(m => m.Quarter == quarter && steps.Contains(m.FromStepId) && steps.Contains(m.ToStepId)).ToArray();
            if (moves.Length > 0)
            {
                // Steps run from the bottom (closest to an ordinary everyday life) up: down means a lower index.
                var down = moves.Where(m => Array.IndexOf(steps, m.ToStepId) < Array.IndexOf(steps, m.FromStepId)).Sum(m => m.Count);
                yield return Entry("staircase-moved-down", new(Percent(down, total), total));
                yield return Entry("staircase-moved-up", new(Percent(moves.Sum(m => m.Count) - down, total), total));
            }
        }
        if (Latest(state, f => f.EducationOrEmploymentShare) is { } education) yield return Entry("key-education-employment", new(education));
        if (Latest(state, f => f.ReadmissionShare) is { } readmissions) yield return Entry("key-readmissions", new(readmissions));
    }

    public static IEnumerable<KeyValuePair<string, MetricFigure>> Plans(IEnumerable<GroupPlanOverview> groups, DateOnly today)
    {
        var actions = groups.SelectMany(g => g.Actions).ToArray();
        if (actions.Length == 0) return [];
        return
        [
            Entry("plan-done", new(Percent(actions.Count(a => a.Status == PlanItemStatus.Done), actions.Length))),
            Entry("plan-overdue", new(Percent(actions.Count(a => a.IsOverdue(today)), actions.Length))),
        ];
    }

    private static int Total(StaircaseState state, string[] steps, string quarter) => steps.Sum(s => state.Count(quarter, s) ?? 0);

    private static double? Latest(StaircaseState state, Func<QuarterKeyFigures, decimal?> figure) =>
        state.KeyFigures.Where(k => figure(k.Value) is not null).OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (double?)figure(k.Value)).LastOrDefault();

    private static double Percent(int part, int whole) => 100.0 * part / whole;

    private static KeyValuePair<string, MetricFigure> Entry(string metric, MetricFigure figure) => new(metric, figure);
}
