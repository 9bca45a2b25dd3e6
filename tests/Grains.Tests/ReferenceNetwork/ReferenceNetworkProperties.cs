using System.Collections.Immutable;
using CsCheck;
using Recovery.Grains.ReferenceNetwork;
using static Recovery.Grains.Tests.ReferenceNetwork.NetworkSpec;

namespace Recovery.Grains.Tests.ReferenceNetwork;

/// <summary>
/// Random networks that drift between editions (members join and leave a few at a time, figures come
/// and go, citizen counts rise and fall): whatever happens, what is published keeps its promises.
/// </summary>
public sealed class ReferenceNetworkProperties
{
    private const int Pool = 11;

    private sealed record Figures(bool HasPlan, double Plan, int Citizens, double Who5);

    private static readonly Gen<Figures> Figure = Gen.Select(Gen.Int[0, 9], Gen.Double[0, 100], Gen.Int[0, 12], Gen.Double[0, 100],
        (p, plan, citizens, who5) => new Figures(p > 0, plan, citizens, who5));

    /// <summary>A starting membership, then per edition 0–3 municipalities toggled and everyone's figures.</summary>
    private static readonly Gen<(int Start, (int[] Toggles, Figures[] Figures)[] Editions)> Network =
        Gen.Select(Gen.Int[0, (1 << Pool) - 1], Gen.Select(Gen.Int[0, Pool - 1].Array[0, 3], Figure.Array[Pool]).Array[1, 8]);

    private static IEnumerable<(ReferenceNetworkEditionPublished Edition, PublishReferenceNetworkEdition Input)> Run(
        (int Start, (int[] Toggles, Figures[] Figures)[] Editions) network)
    {
        var spec = new NetworkSpec();
        var members = network.Start;
        foreach (var (toggles, figures) in network.Editions)
        {
            members = toggles.Aggregate(members, (m, t) => m ^ (1 << t));
            var input = new PublishReferenceNetworkEdition(Enumerable.Range(0, Pool).Where(i => (members & (1 << i)) != 0)
                .ToImmutableDictionary(i => $"{100 + i}", i =>
                {
                    var f = figures[i];
                    var own = ImmutableDictionary<string, MetricFigure>.Empty.Add("who5-mean", new(f.Who5, f.Citizens));
                    return f.HasPlan ? own.Add("plan-done", new(f.Plan)) : own;
                }));
            foreach (var e in spec.Publish(input).OfType<ReferenceNetworkEditionPublished>()) yield return (e, input);
        }
    }

    // Sample runs each case and fails the test (after shrinking) on the first assertion that throws.
    [Fact]
    public void No_published_cell_is_built_from_fewer_than_five_municipalities()
    {
        var shown = 0;
        Network.Sample(network =>
        {
            foreach (var (edition, _) in Run(network))
                foreach (var cell in edition.Cells)
                {
                    if (cell.Suppressed is not null)
                    {
                        Assert.True(cell is { N: null, Median: null, Q1: null, Q3: null }, $"A hidden cell shows numbers: {cell}");
                        continue;
                    }
                    Interlocked.Increment(ref shown);
                    Assert.True(cell.N >= NetworkSuppression.MinMunicipalities, $"Shown from {cell.N} municipalities: {cell}");
                    Assert.Equal(edition.Contributors[cell.Metric].Length, cell.N);
                    Assert.True(cell.Q1 <= cell.Median && cell.Median <= cell.Q3, $"Quartiles out of order: {cell}");
                }
        });
        // The random networks must publish cells at all, or the checks above would hold for nothing.
        Assert.True(shown > 0, "No random network published a cell.");
    }

    [Fact]
    public void Published_cells_of_a_metric_come_from_the_same_municipalities_or_from_sets_five_or_more_apart() =>
        Network.Sample(network =>
        {
            foreach (var metric in Run(network).SelectMany(x => x.Edition.Contributors).GroupBy(c => c.Key, c => c.Value))
                foreach (var a in metric)
                    foreach (var b in metric)
                        Assert.True(NetworkSuppression.Difference(a, b) is 0 or >= NetworkSuppression.MinMunicipalities,
                            $"{metric.Key}: published from [{string.Join(",", a)}] and from [{string.Join(",", b)}]");
        });

    [Fact]
    public void A_citizen_cell_counts_only_municipalities_with_five_or_more_citizens_and_every_contributor_is_a_member() =>
        Network.Sample(network =>
        {
            foreach (var (edition, input) in Run(network))
            {
                Assert.All(edition.Contributors.SelectMany(c => c.Value), code => Assert.True(input.Members.ContainsKey(code), $"{code} is not a member"));
                if (edition.Contributors.TryGetValue("who5-mean", out var who5))
                    Assert.All(who5, code => Assert.True(input.Members[code]["who5-mean"].Citizens >= NetworkSuppression.MinCitizens,
                        $"{code} counted with {input.Members[code]["who5-mean"].Citizens} citizens"));
            }
        });
}
