using Npgsql;
using NpgsqlTypes;
using Recovery.Testing;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// The database half of the floor: one row, one autocommit, on the same PostgreSQL cluster (same WAL,
/// same fsync) and with the same pool settings as the product's event store. Its own database, so the
/// product's tables are untouched.
/// </summary>
public sealed class FloorCommit(NpgsqlDataSource source) : IAsyncDisposable
{
    public static async Task<FloorCommit> StartAsync(PostgresServer postgres)
    {
        var source = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("floor"));
        await using var create = source.CreateCommand("CREATE TABLE bench_floor (id bigserial PRIMARY KEY, payload jsonb NOT NULL)");
        await create.ExecuteNonQueryAsync();
        return new FloorCommit(source);
    }

    public async Task Commit(string payload, CancellationToken ct)
    {
        await using var insert = source.CreateCommand("INSERT INTO bench_floor(payload) VALUES (@p)");
        insert.Parameters.AddWithValue("p", NpgsqlDbType.Jsonb, payload);
        await insert.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
