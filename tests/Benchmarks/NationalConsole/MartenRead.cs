using Marten;
using Recovery.Grains.Assessments;
using Recovery.Grains.NationalProgress;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// A part, not a floor: the console's three Marten queries across tenants as its reader makes them,
/// in process, with nothing built from them. The console's time above this is its own computing,
/// GraphQL and HTTP.
/// </summary>
public sealed class MartenRead(IDocumentStore store)
{
    public async Task<int> Read(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var programmes = await session.Query<MunicipalityProgress>().Where(p => p.AnyTenant() && p.JoinedAt != null).ToListAsync(ct);
        var groups = await session.Query<GroupProgress>().Where(g => g.AnyTenant()).ToListAsync(ct);
        var rounds = await session.Query<TemperatureRoundSummary>().Where(r => r.AnyTenant() && r.ClosedAt != null).ToListAsync(ct);
        return programmes.Count + groups.Count + rounds.Count;
    }
}
