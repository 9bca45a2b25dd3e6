using Marten;
using Recovery.Grains.Assessments;
using Recovery.Grains.NationalProgress;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// A part, not a floor: the console's three Marten queries across tenants in one batch, as its reader makes them,
/// in process, with nothing built from them. The console's time above this is its own computing,
/// GraphQL and HTTP.
/// </summary>
public sealed class MartenRead(IDocumentStore store)
{
    public async Task<int> Read(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var programmes = batch.Query<MunicipalityProgress>().Where(p => p.AnyTenant() && p.JoinedAt != null).ToList();
        var groups = batch.Query<GroupProgress>().Where(g => g.AnyTenant()).ToList();
        var rounds = batch.Query<TemperatureRoundSummary>().Where(r => r.AnyTenant() && r.ClosedAt != null).ToList();
        await batch.Execute(ct);
        return (await programmes).Count + (await groups).Count + (await rounds).Count;
    }
}
