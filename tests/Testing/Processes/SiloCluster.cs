using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

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
    /// <param name="overrides">Settings that replace or add to the defaults for every silo, e.g. <see cref="Country"/>.</param>
    public static async Task<SiloCluster> StartAsync(int silos, bool durable, CancellationToken ct, IReadOnlyDictionary<string, string>? overrides = null)
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
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) cluster.settings[key] = value;
        try
        {
            for (var i = 0; i < silos; i++) await cluster.AddSiloAsync(ct);
            await cluster.AwaitDemoAsync(TimeSpan.FromSeconds(120), ct);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>
    /// Settings for <see cref="StartAsync"/> that make the first silo seed the rest of the country in the
    /// background after it starts (every municipality but Herning, which the demo seeds, and Roskilde), and
    /// log at Information when it is done, so <see cref="AwaitCountryAsync"/> can tell.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Country(int groupsPerMunicipality) => new Dictionary<string, string>
    {
        ["Recovery:Demo:Country"] = "true",
        ["Recovery:Demo:GroupsPerMunicipality"] = groupsPerMunicipality.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Logging:LogLevel:{CountryLog}"] = "Information",
    };

    private const string CountryLog = "Recovery.Api.Demo.Country.DemoCountry";

    /// <summary>Waits until the first silo logs that the country seeding finished.</summary>
    /// <returns>How many municipalities failed to seed (each is in the first silo's log).</returns>
    public async Task<int> AwaitCountryAsync(TimeSpan limit, CancellationToken ct)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            await using (var file = new FileStream(Silos[0].Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                var log = await new StreamReader(file).ReadToEndAsync(ct);
                if (log.Contains("Demo country seeded", StringComparison.Ordinal))
                    return log.Split('\n').Count(l => l.Contains("Seeding demo municipality", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));
            }
            if (!Silos[0].Running) throw new InvalidOperationException($"The first silo stopped while seeding the country; see {Silos[0].Log}.");
            await Task.Delay(500, ct);
        }
        throw new TimeoutException($"The country was not seeded within {limit.TotalSeconds} s; see {Silos[0].Log}.");
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

    /// <summary>The silos whose process is alive, in the order they were started.</summary>
    public IReadOnlyList<SiloProcess> Running => [.. Silos.Where(s => s.Running)];

    /// <summary>Starts silos until <paramref name="count"/> are alive again, after a kill.</summary>
    public async Task EnsureRunningAsync(int count, CancellationToken ct)
    {
        while (Running.Count < count) await AddSiloAsync(ct);
    }

    /// <summary>
    /// Waits until the first silo's background seeding has reached its end in Herning: the steering group
    /// answers and the programme has its phase (the seeder's last step), so a scenario never races it.
    /// </summary>
    public async Task AwaitDemoAsync(TimeSpan limit, CancellationToken ct)
    {
        using var http = Http(0, await TokenFor("herning-chef", ct));
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var response = await http.PostAsJsonAsync("/graphql", new
            {
                query = "{ municipality(code: \"657\") { steeringGroup { version } programme { phase } } }",
            }, ct);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.GetProperty("municipality") is { ValueKind: JsonValueKind.Object } herning
                && herning.GetProperty("steeringGroup").ValueKind == JsonValueKind.Object
                && herning.GetProperty("programme").GetProperty("phase").ValueKind == JsonValueKind.String)
                return;
            if (waited.Elapsed > limit) throw new TimeoutException($"The demo was not seeded within {limit.TotalSeconds} s: {body}; see {Silos[0].Log}.");
            await Task.Delay(250, ct);
        }
    }

    /// <summary>A demo persona's token, from the first running silo (every silo accepts it).</summary>
    public async Task<string> TokenFor(string persona, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = Running[0].Address };
        var response = await http.PostAsJsonAsync("/auth/demo-token", new { user = persona }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("token").GetString()!;
    }

    /// <summary>Stops PostgreSQL (fast shutdown: connections are cut), keeps it down for <paramref name="down"/>, starts it again.</summary>
    public async Task RestartPostgresAsync(TimeSpan down, CancellationToken ct)
    {
        await Postgres.StopAsync();
        await Task.Delay(down, ct);
        await Postgres.StartAgainAsync();
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
