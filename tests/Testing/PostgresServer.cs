using Npgsql;

namespace Recovery.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for one test process, started with the same script the run
/// command uses (deploy/postgres.sh), in a temporary folder, without fsync. Each test class asks
/// for a fresh database so tests never see each other's events. Benchmarks start their own
/// cluster with fsync on (<see cref="StartAsync"/>), because a commit they measure must be a real one.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(fast: true));
    private int databases;

    private PostgresServer(string folder, int port, bool fast) => (Folder, Port, Fast) = (folder, port, fast);

    public string Folder { get; }
    public int Port { get; }

    /// <summary>True when fsync and synchronous commit are off (tests); false when commits reach the disk (benchmarks).</summary>
    public bool Fast { get; }

    /// <summary>The one cluster of this test process; stopped by <see cref="PostgresShutdown"/> or when the process exits.</summary>
    public static Task<PostgresServer> Instance => Shared.Value;

    /// <summary>Stops <see cref="Instance"/> if this process started it.</summary>
    public static async Task StopSharedAsync()
    {
        if (Shared.IsValueCreated) await (await Shared.Value).DisposeAsync();
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Maximum Pool Size=50";

    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>A cluster of the caller's own (tests share <see cref="Instance"/>); stopped when the process exits.</summary>
    public static async Task<PostgresServer> StartAsync(bool fast)
    {
        var folder = Directory.CreateTempSubdirectory("recovery-pg-").FullName;
        // Parallel test processes each start a cluster: random first ports keep them from racing for one.
        var output = await Script("start", folder, fast, Random.Shared.Next(20_000, 60_000).ToString());
        var server = new PostgresServer(folder, int.Parse(output.Trim().Split('\n')[^1]), fast);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    /// <summary>Stops the cluster as an outage would; <see cref="StartAgainAsync"/> brings it back on the same port.</summary>
    public Task StopAsync() => Script("stop", Folder, Fast);

    public Task StartAgainAsync() => Script("start", Folder, Fast, Port.ToString());

    public async ValueTask DisposeAsync()
    {
        if (!Directory.Exists(Folder)) return;
        await Script("stop", Folder, Fast, "immediate");
        Directory.Delete(Folder, recursive: true);
    }

    private static Task<string> Script(string verb, string folder, bool fast, params string[] more) =>
        DeployScript.RunAsync("postgres.sh", [verb, folder, .. more], new Dictionary<string, string> { ["RECOVERY_PG_FAST"] = fast ? "1" : "0" });
}
