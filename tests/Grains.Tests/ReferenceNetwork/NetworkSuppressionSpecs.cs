using System.Collections.Immutable;
using Recovery.Grains.ReferenceNetwork;

namespace Recovery.Grains.Tests.ReferenceNetwork;

public sealed class NetworkSuppressionSpecs
{
    private static readonly ReferenceMetric Plans = ReferenceMetrics.Find("plan-done")!;
    private static readonly ReferenceMetric Who5 = ReferenceMetrics.Find("who5-mean")!;

    private static Contribution[] Values(params double[] values) =>
        [.. values.Select((v, i) => new Contribution($"{101 + i}", v, 20))];

    private static ImmutableArray<string> Codes(params int[] codes) => [.. codes.Select(c => $"{c}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Quartiles_interpolate_between_the_sorted_values()
    {
        var (five, _) = NetworkSuppression.Cell(Plans, Values(50, 10, 40, 20, 30), []);
        var (six, _) = NetworkSuppression.Cell(Plans, Values(1, 2, 3, 4, 5, 10), []);
        Assert.Equal((5, 30.0, 20.0, 40.0), (five.N!.Value, five.Median!.Value, five.Q1!.Value, five.Q3!.Value));
        Assert.Equal((6, 3.5, 2.3, 4.8), (six.N!.Value, six.Median!.Value, six.Q1!.Value, six.Q3!.Value));
    }

    [Fact]
    public void Exactly_five_municipalities_are_published_and_four_are_not()
    {
        var (five, contributors) = NetworkSuppression.Cell(Plans, Values(1, 2, 3, 4, 5), []);
        var (four, none) = NetworkSuppression.Cell(Plans, Values(1, 2, 3, 4), []);
        Assert.Null(five.Suppressed);
        Assert.Equal(Codes(101, 102, 103, 104, 105), contributors);
        Assert.Equal(NetworkCell.Hidden("plan-done", SuppressionReason.TooFewMunicipalities), four);
        Assert.Null(none);
    }

    [Fact]
    public void A_municipality_with_fewer_than_five_citizens_does_not_count_in_a_citizen_metric()
    {
        Contribution[] six = [.. Values(40, 50, 60, 70, 80), new Contribution("106", 99, 4)];
        var (cell, contributors) = NetworkSuppression.Cell(Who5, six, []);
        Assert.Equal(5, cell.N);
        Assert.DoesNotContain("106", contributors!.Value);
        var (hidden, _) = NetworkSuppression.Cell(Who5, [.. six.Take(4), new Contribution("105", 80, null), six[5]], []);
        Assert.Equal(SuppressionReason.TooFewMunicipalities, hidden.Suppressed);
    }

    [Fact]
    public void The_same_municipalities_as_before_are_published_again() =>
        Assert.Null(NetworkSuppression.Cell(Plans, Values(1, 2, 3, 4, 5, 6), [Codes(101, 102, 103, 104, 105, 106)]).Cell.Suppressed);

    [Theory]
    [InlineData(new[] { 101, 102, 103, 104, 105 }, SuppressionReason.MembershipChangedTooLittle)]
    [InlineData(new[] { 101, 102, 103, 104, 105, 106, 107 }, SuppressionReason.MembershipChangedTooLittle)]
    [InlineData(new[] { 101, 102, 103, 104, 201, 202 }, SuppressionReason.MembershipChangedTooLittle)]
    [InlineData(new[] { 101, 102, 201, 202, 203, 204 }, null)]
    [InlineData(new[] { 101, 201, 202, 203, 204, 205 }, null)]
    [InlineData(new[] { 201, 202, 203, 204, 205 }, null)]
    public void A_set_differing_from_an_earlier_published_one_by_one_to_four_is_hidden(int[] codes, SuppressionReason? expected)
    {
        Contribution[] contributions = [.. codes.Select(c => new Contribution($"{c}", c, 9))];
        var earlier = Codes(101, 102, 103, 104, 105, 106);
        Assert.Equal(expected, NetworkSuppression.Cell(Plans, contributions, [Codes(301, 302, 303, 304, 305, 306, 307, 308, 309), earlier]).Cell.Suppressed);
    }

    [Fact]
    public void Every_metric_has_a_distinct_id_and_a_danish_label() =>
        Assert.All(ReferenceMetrics.All.GroupBy(m => m.Id), g => Assert.Single(g));
}
