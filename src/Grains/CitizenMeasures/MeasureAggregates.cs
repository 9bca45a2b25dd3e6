using System.Collections.Immutable;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// One period's figures for an instrument. A suppressed period (fewer than
/// <see cref="MeasureAggregates.MinCitizens"/> citizens) carries no numbers at all, not even its count.
/// </summary>
public sealed record PeriodAggregate(
    string Period, bool Suppressed, int? Citizens, double? Mean, double? ShareAboveCutOff, double? ShareImproved, double? ShareWorsened);

/// <summary>
/// What everyone but the citizen and their own staff sees: per period the number of citizens with a
/// score, their mean, the share above the instrument's cut-off, and among those who also have an
/// earlier score, the share whose score rose (or fell) by at least the relevant change since their
/// previous period.
/// </summary>
public static class MeasureAggregates
{
    /// <summary>Fewer than five answers could point to a person in a small team, so they are not shown.</summary>
    public const int MinCitizens = 5;

    public static ImmutableArray<PeriodAggregate> Of(InstrumentDefinition instrument, IEnumerable<IReadOnlyCollection<PeriodScore>> citizens)
    {
        var series = citizens
            .Select(c => c.Where(s => s.Instrument == instrument.Instrument).OrderBy(s => s.Period, StringComparer.Ordinal).ToArray())
            .Where(s => s.Length > 0)
            .ToArray();
        var periods = series.SelectMany(s => s.Select(p => p.Period)).Distinct().Order(StringComparer.Ordinal);
        return [.. periods.Select(period => For(instrument, period, series))];
    }

    private static PeriodAggregate For(InstrumentDefinition instrument, string period, PeriodScore[][] series)
    {
        var now = series.Select(s => (Current: s.FirstOrDefault(p => p.Period == period), Previous: s.LastOrDefault(p => string.CompareOrdinal(p.Period, period) < 0)))
            .Where(c => c.Current is not null)
            .ToArray();
        if (now.Length < MinCitizens) return new(period, true, null, null, null, null, null);
        var changes = now.Where(c => c.Previous is not null).Select(c => c.Current!.Score - c.Previous!.Score).ToArray();
        // The shares of change are over those with an earlier score; too few of them and they stay hidden too.
        var showChange = changes.Length >= MinCitizens;
        return new(period, false, now.Length,
            now.Average(c => c.Current!.Score),
            (double)now.Count(c => c.Current!.Score > instrument.CutOff) / now.Length,
            showChange ? (double)changes.Count(d => d >= instrument.RelevantChange) / changes.Length : null,
            showChange ? (double)changes.Count(d => d <= -instrument.RelevantChange) / changes.Length : null);
    }
}
