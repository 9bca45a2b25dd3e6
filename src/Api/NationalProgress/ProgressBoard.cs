using System.Globalization;
using Marten;
using Recovery.Api.History;
using Recovery.Grains.Assessments;
using Recovery.Grains.Municipalities;
using Recovery.Grains.NationalProgress;

namespace Recovery.Api.NationalProgress;

/// <summary>
/// Reads every participating municipality's progress in three queries across tenants, one per read
/// model. The only cross-municipality read outside the reference network: it never wakes a grain,
/// and what it returns holds counts, phases and dates, not names or text.
/// </summary>
internal sealed class ProgressBoard(IDocumentStore store, TimeProvider clock)
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public DateOnly Today => DanishTime.Day(clock.GetUtcNow());

    /// <summary>Every municipality that joined the programme, sorted by Danish name.</summary>
    public async Task<IReadOnlyList<MunicipalityProgressModel>> All(CancellationToken ct)
    {
        var (programmes, groups, rounds) = await Read(ct);
        return Models(programmes, groups.ToLookup(g => g.Municipality), rounds.ToLookup(r => TemperatureRoundKeys.Municipality(r.Id)));
    }

    /// <summary>The three read models as stored, nothing built from them (the console benchmark times this part alone).</summary>
    internal async Task<(IReadOnlyList<MunicipalityProgress>, IReadOnlyList<GroupProgress>, IReadOnlyList<TemperatureRoundSummary>)> Read(
        CancellationToken ct)
    {
        await using var session = AcrossMunicipalities.Session(store);
        // One round trip for the three reads: on a busy database the wait between them was the larger cost.
        var batch = session.CreateBatchQuery();
        var programmes = AcrossMunicipalities.Query<MunicipalityProgress>(batch).Where(p => p.JoinedAt != null).ToList();
        var groups = AcrossMunicipalities.Query<GroupProgress>(batch).ToList();
        var rounds = AcrossMunicipalities.Query<TemperatureRoundSummary>(batch).Where(r => r.ClosedAt != null).ToList();
        await batch.Execute(ct);
        return (await programmes, await groups, await rounds);
    }

    /// <summary>One municipality's progress, or null when it has not joined.</summary>
    public async Task<MunicipalityProgressModel?> One(string code, CancellationToken ct)
    {
        await using var session = store.QuerySession(code);
        var programme = await session.LoadAsync<MunicipalityProgress>($"municipality:{code}", ct);
        if (programme?.JoinedAt is null) return null;
        var groups = await session.Query<GroupProgress>().ToListAsync(ct);
        var rounds = await session.Query<TemperatureRoundSummary>().Where(r => r.ClosedAt != null).ToListAsync(ct);
        return Models([programme], groups.ToLookup(g => g.Municipality), rounds.ToLookup(r => TemperatureRoundKeys.Municipality(r.Id))).SingleOrDefault();
    }

    private List<MunicipalityProgressModel> Models(
        IEnumerable<MunicipalityProgress> programmes, ILookup<string, GroupProgress> groups, ILookup<string, TemperatureRoundSummary> rounds)
    {
        var today = Today;
        return [.. programmes
            .Select(p => (Programme: p, Municipality: MunicipalityCatalog.Find(p.Municipality)))
            .Where(p => p.Municipality is not null)
            .Select(p => new MunicipalityProgressModel(p.Municipality!, p.Programme, [.. groups[p.Programme.Municipality]],
                [.. rounds[p.Programme.Municipality]], today))
            .OrderBy(m => m.Municipality.Name, StringComparer.Create(Danish, ignoreCase: true))];
    }
}
