namespace Recovery.Testing;

/// <summary>
/// A throwaway Redis for the membership table of a test's cluster, started with the same script the
/// cluster run command uses (deploy/redis.sh, which installs redis-server if missing) in a temporary folder.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private RedisServer(string folder, int port) => (Folder, Port) = (folder, port);

    public string Folder { get; }
    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("recovery-redis-").FullName;
        // Parallel test processes each start one: random first ports keep them from racing for one.
        var output = await DeployScript.RunAsync("redis.sh", ["start", folder, Random.Shared.Next(20_000, 60_000).ToString()]);
        var server = new RedisServer(folder, int.Parse(output.Trim().Split('\n')[^1]));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Directory.Exists(Folder)) return;
        await DeployScript.RunAsync("redis.sh", ["stop", Folder]);
        Directory.Delete(Folder, recursive: true);
    }
}
