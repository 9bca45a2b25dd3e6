using Npgsql;
using Recovery.Grains.Workshops;

namespace Recovery.Testing.Faults;

/// <summary>What PostgreSQL holds for one workshop: how often each client op id occurs in its stream, and the stream's version.</summary>
public sealed record StoredOps(IReadOnlyDictionary<string, int> Count, long Version)
{
    public int this[string op] => Count.GetValueOrDefault(op);

    public static async Task<StoredOps> ReadAsync(string connectionString, string municipality, string workshopId, CancellationToken ct)
    {
        // Unpooled: a pooled connection may be one PostgreSQL's restart has cut.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT headers->>'op', count(*)::int, max(version) FROM recovery.mt_events
            WHERE tenant_id = @tenant AND stream_id = @stream GROUP BY 1
            """, connection);
        command.Parameters.AddWithValue("tenant", municipality);
        command.Parameters.AddWithValue("stream", WorkshopKeys.Stream(municipality, workshopId));
        var counts = new Dictionary<string, int>();
        long version = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!reader.IsDBNull(0)) counts[reader.GetString(0)] = reader.GetInt32(1);
            version = Math.Max(version, reader.GetInt64(2));
        }
        return new StoredOps(counts, version);
    }
}
