using Marten;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// Everything stored about one citizen's measures, deleted in one transaction: the events themselves
/// (health data under GDPR art. 9, so archiving is not enough), the stream row, the summary the
/// aggregates count, the snapshot, the personal code. Reads in the access log lose the pseudonym.
/// </summary>
internal static class CitizenErasure
{
    public static async Task Queue(IDocumentSession session, IDocumentStore store, string municipality, string streamKey, CitizenState state)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        session.QueueSqlCommand($"delete from {schema}.mt_events where tenant_id = ? and stream_id = ?", municipality, streamKey);
        session.QueueSqlCommand($"delete from {schema}.mt_streams where tenant_id = ? and id = ?", municipality, streamKey);
        session.Delete<CitizenSummary>(streamKey);
        session.Delete<StreamSnapshot>(streamKey);
        if (state.CodeHash is { } hash) session.Delete<PersonalCodeEntry>(hash);
        var reads = await session.Query<CitizenAccessEntry>().Where(e => e.Pseudonym == state.Pseudonym).ToListAsync();
        foreach (var read in reads) session.Store(read with { Pseudonym = null });
    }
}
