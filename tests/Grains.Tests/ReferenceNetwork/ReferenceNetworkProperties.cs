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

    [Fact]
    public void No_published_cell_is_built_from_fewer_than_five_municipalities() =>
        Network.Sample(network => Run(network).All(x => x.Edition.Cells.All(c =>
            c.Suppressed is not null
                ? c is { N: null, Median: null, Q1: null, Q3: null }
                : c.N >= NetworkSuppression.MinMunicipalities && c.N == x.Edition.Contributors[c.Metric].Length && c.Q1 <= c.Median && c.Median <= c.Q3)));

    [Fact]
    public void Published_cells_of_a_metric_come_from_the_same_municipalities_or_from_sets_five_or_more_apart() =>
        Network.Sample(network =>
        {
            var sets = Run(network).SelectMany(x => x.Edition.Contributors).GroupBy(c => c.Key, c => c.Value);
            return sets.All(metric => metric.All(a => metric.All(b => NetworkSuppression.Difference(a, b) is 0 or >= NetworkSuppression.MinMunicipalities)));
        });

    [Fact]
    public void A_citizen_cell_counts_only_municipalities_with_five_or_more_citizens_and_every_contributor_is_a_member() =>
        Network.Sample(network => Run(network).All(x =>
            x.Edition.Contributors.All(c => c.Value.All(code => x.Input.Members.ContainsKey(code)))
            && (!x.Edition.Contributors.TryGetValue("who5-mean", out var who5)
                || who5.All(code => x.Input.Members[code]["who5-mean"].Citizens >= NetworkSuppression.MinCitizens))));
}
