using Npgsql;
using Recovery.Testing;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// The database floor: the data column of every row of the three read models the console reads, in
/// one batch (one round trip), read to the end as text, with no JSON parsing and nothing computed.
/// </summary>
public sealed class BareRead(NpgsqlDataSource source) : IAsyncDisposable
{
    public static readonly string[] Tables = ["mt_doc_municipalityprogress", "mt_doc_groupprogress", "mt_doc_temperatureroundsummary"];

    public static BareRead For(RecoveryServer server) => new(NpgsqlDataSource.Create(server.ConnectionString));

    /// <returns>The rows read, so a run can show the floor read what the console did.</returns>
    public async Task<(int Rows, long Characters)> Read(CancellationToken ct)
    {
        await using var batch = source.CreateBatch();
        foreach (var table in Tables) batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT data::text FROM recovery.{table}"));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var (rows, characters) = (0, 0L);
        do
        {
            while (await reader.ReadAsync(ct))
            {
                rows++;
                characters += reader.GetString(0).Length;
            }
        } while (await reader.NextResultAsync(ct));
        return (rows, characters);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
