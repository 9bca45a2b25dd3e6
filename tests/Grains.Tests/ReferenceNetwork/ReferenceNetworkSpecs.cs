using System.Collections.Immutable;
using Recovery.Grains.ReferenceNetwork;
using static Recovery.Grains.Tests.ReferenceNetwork.NetworkSpec;

namespace Recovery.Grains.Tests.ReferenceNetwork;

public sealed class ReferenceNetworkSpecs
{
    private static readonly int[] Six = [101, 147, 151, 153, 155, 157];

    private static NetworkCell Cell(NetworkEdition edition, string metric) => edition.Cells.Single(c => c.Metric == metric);

    [Fact]
    public void Only_the_national_coordinator_publishes() =>
        Assert.Equal(RuleViolation.Codes.Forbidden, Assert.Throws<RuleViolation>(() =>
            new NetworkSpec().Publish(Members(Six), new Caller("p-birgitte", "657", Role.StrategicLeader))).Code);

    [Fact]
    public void An_edition_has_a_cell_for_every_metric_and_editions_are_numbered_from_one()
    {
        var spec = new NetworkSpec();
        var first = spec.PublishEdition(Members(Six));
        var second = spec.PublishEdition(Members(Six, c => c % 7));
        Assert.Equal((1, 2), (first.Id, second.Id));
        Assert.Equal(ReferenceMetrics.All.Select(m => m.Id), first.Cells.Select(c => c.Metric));
        Assert.Equal(6, Cell(first, "plan-done").N);
        Assert.Equal(SuppressionReason.TooFewMunicipalities, Cell(first, "plan-overdue").Suppressed);
    }

    [Fact]
    public void Publishing_the_same_figures_again_is_a_retry_and_stores_nothing()
    {
        var spec = new NetworkSpec();
        spec.Publish(Members(Six));
        Assert.Empty(spec.Publish(Members(Six)));
    }

    [Fact]
    public void When_one_of_six_leaves_the_next_edition_hides_every_cell_it_was_in_and_the_earlier_edition_stays_as_it_was()
    {
        var spec = new NetworkSpec();
        var before = spec.PublishEdition(Members(Six));
        var after = spec.PublishEdition(Members(Six[..5]));

        Assert.All(Metrics, metric => Assert.Equal(NetworkCell.Hidden(metric, SuppressionReason.MembershipChangedTooLittle), Cell(after, metric)));
        Assert.Equal(before.Cells.ToArray(), spec.State.Editions[0].Cells.ToArray());
        // With one more newcomer the set differs from the first by two: still hidden.
        var rejoined = spec.PublishEdition(Members([.. Six[..5], 159]));
        Assert.All(Metrics, metric => Assert.Equal(SuppressionReason.MembershipChangedTooLittle, Cell(rejoined, metric).Suppressed));
    }

    [Fact]
    public void Once_five_or_more_municipalities_differ_from_every_published_set_the_cells_are_published_again()
    {
        var spec = new NetworkSpec();
        spec.PublishEdition(Members(Six));
        var grown = spec.PublishEdition(Members([.. Six[..5], 201, 202, 203, 204]));
        Assert.All(Metrics, metric => Assert.Equal(9, Cell(grown, metric).N));
    }

    [Fact]
    public void A_member_whose_citizens_fall_below_five_cannot_be_isolated_by_comparing_periods()
    {
        var spec = new NetworkSpec();
        spec.PublishEdition(Members(Six));
        var fewer = Members(Six, citizens: 8);
        var next = fewer with { Members = fewer.Members.SetItem("157", fewer.Members["157"].SetItem("who5-mean", new MetricFigure(80, 4))) };
        var edition = spec.PublishEdition(next);
        Assert.Equal(SuppressionReason.MembershipChangedTooLittle, Cell(edition, "who5-mean").Suppressed);
        Assert.Equal(6, Cell(edition, "plan-done").N);
    }

    [Fact]
    public void Changed_figures_from_the_same_municipalities_are_published_with_their_new_distribution()
    {
        var spec = new NetworkSpec();
        spec.PublishEdition(Members(Six));
        var edition = spec.PublishEdition(Members(Six, c => c % 10));
        Assert.Equal(6, Cell(edition, "plan-done").N);
    }

    [Fact]
    public void A_hidden_value_of_a_municipalitys_own_figures_is_no_contribution() =>
        Assert.Equal(SuppressionReason.TooFewMunicipalities, Cell(new NetworkSpec().PublishEdition(new PublishReferenceNetworkEdition(
            Six.ToImmutableDictionary(c => $"{c}", c => ImmutableDictionary<string, MetricFigure>.Empty.Add("who5-mean", new MetricFigure(null))))), "who5-mean").Suppressed);
}
