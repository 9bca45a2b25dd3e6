using System.Collections.Immutable;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>One municipality's value for a metric, as gathered for an edition; never published as such.</summary>
public sealed record Contribution(string Municipality, double Value, int? Citizens = null);

/// <summary>Why a cell shows no numbers. Stored in editions as numbers, so a reason keeps its number for good.</summary>
public enum SuppressionReason
{
    /// <summary>Fewer than five municipalities (with at least five citizens each, where citizens count).</summary>
    TooFewMunicipalities = 1,
    /// <summary>The contributing municipalities differ from those of an earlier published cell by one to four.</summary>
    MembershipChangedTooLittle = 2,
}

/// <summary>
/// The anonymity rules for one cell of an edition, with no I/O:
/// (a) fewer than <see cref="MinMunicipalities"/> contributing municipalities hides the cell;
/// (b) where the metric counts citizens, a municipality contributes only with at least
/// <see cref="MinCitizens"/> citizens, and the cell needs that many in all;
/// (c) a cell whose contributors differ from those of any earlier published cell of the same metric
/// by 1 to <see cref="MinMunicipalities"/> − 1 municipalities (symmetric difference) is hidden, because
/// two distributions over almost the same municipalities give away the few that differ;
/// (d) a published cell has only n, the median and the quartiles: no total or sum to subtract from;
/// (e) quartiles by linear interpolation between the sorted values (see <see cref="Quantile"/>).
/// </summary>
public static class NetworkSuppression
{
    public const int MinMunicipalities = 5;
    public const int MinCitizens = 5;

    /// <summary>The cell, and the contributors it was built from when it is published (null when hidden).</summary>
    public static (NetworkCell Cell, ImmutableArray<string>? Contributors) Cell(
        ReferenceMetric metric, IEnumerable<Contribution> contributions, IEnumerable<ImmutableArray<string>> earlierPublished)
    {
        var counted = contributions
            .Where(c => double.IsFinite(c.Value))
            .Where(c => !metric.CountsCitizens || c.Citizens >= MinCitizens)
            .GroupBy(c => c.Municipality).Select(g => g.First())
            .ToArray();
        if (counted.Length < MinMunicipalities || (metric.CountsCitizens && counted.Sum(c => (long)c.Citizens!.Value) < MinCitizens))
            return (NetworkCell.Hidden(metric.Id, SuppressionReason.TooFewMunicipalities), null);
        ImmutableArray<string> contributors = [.. counted.Select(c => c.Municipality).Order(StringComparer.Ordinal)];
        if (earlierPublished.Any(earlier => Difference(contributors, earlier) is > 0 and < MinMunicipalities))
            return (NetworkCell.Hidden(metric.Id, SuppressionReason.MembershipChangedTooLittle), null);
        var values = counted.Select(c => c.Value).Order().ToArray();
        return (new NetworkCell(metric.Id, values.Length, Round(Quantile(values, 0.5)), Round(Quantile(values, 0.25)), Round(Quantile(values, 0.75)), null),
            contributors);
    }

    /// <summary>How many municipalities are in one set but not the other.</summary>
    public static int Difference(IEnumerable<string> a, IEnumerable<string> b)
    {
        var set = a.ToHashSet(StringComparer.Ordinal);
        set.SymmetricExceptWith(b);
        return set.Count;
    }

    /// <summary>
    /// The p-quantile of sorted values by linear interpolation between closest ranks (position
    /// (n − 1)·p, counted from 0): the method of Excel's KVARTIL.MEDTAG and R's default (type 7).
    /// </summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var position = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>One decimal: enough to compare, and it publishes no more precision than a reader needs.</summary>
    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
