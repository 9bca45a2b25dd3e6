namespace Recovery.Testing.Processes;

/// <summary>
/// Recovery as <c>./run-cluster.sh</c> runs it, for fault scenarios: a PostgreSQL and a Redis of its own
/// and several Silo processes in one Orleans cluster, the first seeding the demo (without the rest of
/// the country), the others joining it. All share the signing keys, so a token works on every silo.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private static string Key(byte seed) => Convert.ToBase64String(Enumerable.Range(seed, 32).Select(i => (byte)i).ToArray());

    private readonly Dictionary<string, string> settings;

    private SiloCluster(PostgresServer postgres, RedisServer redis, Dictionary<string, string> settings) =>
        (Postgres, Redis, this.settings) = (postgres, redis, settings);

    public PostgresServer Postgres { get; }
    public RedisServer Redis { get; }
    public List<SiloProcess> Silos { get; } = [];

    public string ConnectionString => settings["ConnectionStrings:Recovery"];

    /// <param name="durable">fsync and synchronous commit on, as in production; off makes commits cheap for short test runs.</param>
    public static async Task<SiloCluster> StartAsync(int silos, bool durable, CancellationToken ct)
    {
        var postgres = await PostgresServer.StartAsync(fast: !durable);
        var redis = await RedisServer.StartAsync();
        var cluster = new SiloCluster(postgres, redis, new Dictionary<string, string>
        {
            ["ConnectionStrings:Recovery"] = await postgres.CreateDatabaseAsync("cluster"),
            ["Recovery:Cluster:Redis"] = redis.ConnectionString,
            ["Recovery:Auth:DemoSigningKey"] = RecoveryServer.SigningKey,
            ["Recovery:Workshops:GuestSigningKey"] = Key(40),
            ["Recovery:CitizenMeasures:CodeSigningKey"] = Key(80),
            ["Recovery:Demo:Enabled"] = "true",
            ["Recovery:Demo:Country"] = "false",
            ["Recovery:Workshops:GuestJoinsPerMinute"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        try
        {
            for (var i = 0; i < silos; i++) await cluster.AddSiloAsync(ct);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>Starts one more silo into the cluster; only the first seeds the demo.</summary>
    public async Task<SiloProcess> AddSiloAsync(CancellationToken ct)
    {
        var silo = await SiloProcess.StartAsync(new Dictionary<string, string>(settings)
        {
            ["Recovery:Demo:Seed"] = Silos.Count == 0 ? "true" : "false",
        }, ct);
        Silos.Add(silo);
        return silo;
    }

    /// <summary>A client of the silo at <paramref name="index"/>.</summary>
    public HttpClient Http(int index, string? token = null)
    {
        var http = new HttpClient { BaseAddress = Silos[index].Address };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos) await silo.DisposeAsync();
        await Redis.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
