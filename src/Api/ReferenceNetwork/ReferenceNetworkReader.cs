using Marten;
using Recovery.Grains.Municipalities;
using Recovery.Grains.ReferenceNetwork;

namespace Recovery.Api.ReferenceNetwork;

/// <summary>
/// The comparison page's data for one municipality as one viewer may see it: its own people see
/// their own figures beside the network once the municipality is a member; the national coordinator
/// sees the distributions and never a municipality's own figures; anyone else is refused.
/// </summary>
internal sealed class ReferenceNetworkReader(IGrainFactory grains, IDocumentStore store, TimeProvider clock)
{
    public async Task<ReferenceNetworkModel> Read(string municipality, Caller viewer)
    {
        AccessRules.Demand(viewer, municipality, Access.Read);
        var member = (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State.Programme.ReferenceNetworkMember;
        var own = viewer.Municipality == municipality;
        var decides = own && ProgrammeState.MayDecideReferenceNetwork(viewer);
        var seesNetwork = viewer.IsNationalCoordinator || (own && member);
        var editions = seesNetwork ? await Network.Editions() : [];
        return new(municipality, member, decides && !member, decides && member, ReferenceNetworkDecider.MayPublish(viewer), own && member, editions);
    }

    public async Task<ComparisonModel?> Compare(ReferenceNetworkModel network, int? editionId, CancellationToken ct)
    {
        if (network.Editions.Count == 0) return null;
        var edition = await Network.Edition(editionId);
        if (edition is null) return null;
        var figures = network.ShowsOwnFigures
            ? await NetworkFigureSource.Read(store, grains, network.Code, clock.GetUtcNow(), ct)
            : null;
        var rows = edition.Cells.Select(cell => (Metric: ReferenceMetrics.Find(cell.Metric), Cell: cell))
            .Where(x => x.Metric is not null)
            .Select(x => new ComparisonRow(x.Metric!, x.Cell, figures is not null && figures.TryGetValue(x.Metric!.Id, out var own) ? own : null))
            .ToArray();
        return new ComparisonModel(edition.Id, edition.PublishedAt, figures is not null, rows);
    }

    private IReferenceNetworkGrain Network => grains.GetGrain<IReferenceNetworkGrain>(0);
}

internal sealed record ReferenceNetworkModel(
    string Code, bool Member, bool MayJoin, bool MayLeave, bool MayPublish, bool ShowsOwnFigures, IReadOnlyList<EditionHeading> Editions);

internal sealed record ComparisonModel(int Id, DateTimeOffset PublishedAt, bool ShowsOwnFigures, IReadOnlyList<ComparisonRow> Rows);

/// <summary>A metric's line: the network's cell and, for the municipality's own people, its own figure (null: none).</summary>
internal sealed record ComparisonRow(ReferenceMetric Metric, NetworkCell Cell, MetricFigure? Own);
