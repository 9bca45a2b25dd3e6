using Npgsql;

namespace Recovery.Api.Tests.Privacy;

/// <summary>
/// Every row of every table that belongs to a tenant, as PostgreSQL's own JSON text of the whole row
/// (documents, events with their metadata, streams): what anyone with database access could read.
/// </summary>
internal sealed record DatabaseDump(IReadOnlyList<(string Table, string Tenant, string Row)> Rows)
{
    public static async Task<DatabaseDump> Take(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'recovery' AND column_name = 'tenant_id' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        var rows = new List<(string, string, string)>();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT t.tenant_id, row_to_json(t)::text FROM recovery.{table} t", connection);
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add((table, reader.GetString(0), reader.GetString(1)));
        }
        Assert.Contains("mt_events", tables);
        Assert.Contains("mt_doc_personentry", tables);
        return new(rows);
    }

    public string TextOf(string tenant) => string.Join('\n', Rows.Where(r => r.Tenant == tenant).Select(r => r.Row));

    public string AllText => string.Join('\n', Rows.Select(r => r.Row));

    /// <summary>One hash per row of every other tenant, sorted: equal only if no such row changed, appeared or vanished.</summary>
    public string[] HashesExcept(string tenant) =>
        [.. Rows.Where(r => r.Tenant != tenant)
            .Select(r => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{r.Table}|{r.Tenant}|{r.Row}"))))
            .Order(StringComparer.Ordinal)];
}
