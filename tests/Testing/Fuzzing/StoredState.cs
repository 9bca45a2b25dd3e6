using Npgsql;

namespace Recovery.Testing.Fuzzing;

/// <summary>
/// Everything the server stores, as one fingerprint: per table of the <c>recovery</c> schema's events,
/// streams and documents (the person directory among them), its row count and a hash over all its rows.
/// Two equal fingerprints mean nothing was added, changed or removed.
/// </summary>
public sealed record StoredState(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    public static async Task<StoredState> ReadAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'recovery' AND (table_name IN ('mt_events', 'mt_streams') OR table_name LIKE 'mt_doc_%')
            ORDER BY table_name
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        var state = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM recovery.\"{table}\" t", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            state[table] = (reader.GetInt64(0), reader.GetString(1));
        }
        return new StoredState(state);
    }

    public long Events => Tables.TryGetValue("mt_events", out var events) ? events.Rows : 0;

    /// <summary>The tables whose rows differ from <paramref name="before"/>'s, as "name: rows before → after".</summary>
    public IReadOnlyList<string> ChangesSince(StoredState before) =>
    [
        .. Tables.Keys.Union(before.Tables.Keys).Order(StringComparer.Ordinal)
            .Where(t => Tables.GetValueOrDefault(t) != before.Tables.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.Tables.GetValueOrDefault(t).Rows} → {Tables.GetValueOrDefault(t).Rows} rækker"),
    ];
}
