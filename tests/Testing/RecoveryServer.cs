using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Recovery.Api.Demo;

namespace Recovery.Testing;

/// <summary>
/// The real Silo (ASP.NET Core + co-hosted Orleans + Marten) on a loopback port with demo mode on:
/// tests talk to it over real HTTP and real SignalR, exactly as a browser does.
/// </summary>
public sealed class RecoveryServer : WebApplicationFactory<Program>
{
    /// <summary>Known to tests so they can mint tokens the server accepts, expired ones included.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly bool demo;
    private readonly int guestJoinsPerMinute;
    private readonly CapturedLogs? logs;
    private readonly ILoggerProvider? errorLog;
    private readonly IReadOnlyDictionary<string, string> settings;

    private RecoveryServer(string connectionString, bool demo, int guestJoinsPerMinute, CapturedLogs? logs, ILoggerProvider? errorLog,
        IReadOnlyDictionary<string, string>? settings)
    {
        (ConnectionString, this.demo, this.guestJoinsPerMinute, this.logs, this.errorLog) = (connectionString, demo, guestJoinsPerMinute, logs, errorLog);
        this.settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    /// <summary>
    /// The settings belong here: <c>WithWebHostBuilder</c> returns a new factory and leaves this one unconfigured.
    /// The content root comes from the repository, because the manifest WebApplicationFactory reads is looked
    /// up in the working directory, which is the repository (not the output folder) under <c>dotnet run</c>.
    /// </summary>
    protected override void ConfigureWebHost(IWebHostBuilder web)
    {
        web.UseContentRoot(Path.Combine(RepositoryRoot.Path, "src", "Silo"));
        web.UseSetting("ConnectionStrings:Recovery", ConnectionString);
        web.UseSetting("Recovery:Demo:Enabled", demo ? "true" : "false");
        web.UseSetting("Recovery:Auth:DemoSigningKey", SigningKey);
        web.UseSetting("Recovery:Cluster:SiloPort", FreePorts.Next().ToString());
        web.UseSetting("Logging:LogLevel:Default", "Warning");
        web.UseSetting("Recovery:Workshops:GuestJoinsPerMinute", guestJoinsPerMinute.ToString());
        // Tests fill rooms from one person's many connections as fast as the machine goes; the per-person cap has its own tests.
        web.UseSetting("Recovery:Hubs:CallsPerUserPerSecond", "100000");
        web.UseSetting("Recovery:Hubs:CallsPerUserBurst", "100000");
        foreach (var (key, value) in settings) web.UseSetting(key, value);
        // Its own rule, so every category reaches it at every level whatever the configuration says for others.
        if (logs is not null) web.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
        if (errorLog is not null) web.ConfigureLogging(logging => logging.AddProvider(errorLog));
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>This server's own database, for tests that look at what was (or was not) stored.</summary>
    public string ConnectionString { get; }

    /// <param name="postgres">The cluster to create the server's database in; the tests' shared one unless given.</param>
    /// <param name="database">An existing database to start on (as a second run does); a fresh one unless given.</param>
    /// <param name="guestJoinsPerMinute">
    /// The door's limit per address. Tests seat whole rooms of guests from one address, so it is high
    /// unless a test is about the limit itself.
    /// </param>
    /// <param name="logs">Receives every log line at every level, when given.</param>
    /// <param name="settings">Further configuration, over the defaults above.</param>
    /// <param name="errorLog">Receives log lines at the levels configured (Warning and above), when given.</param>
    public static async Task<RecoveryServer> StartAsync(
        bool demo = true, PostgresServer? postgres = null, string? database = null, int guestJoinsPerMinute = 10_000,
        CapturedLogs? logs = null, IReadOnlyDictionary<string, string>? settings = null, ILoggerProvider? errorLog = null)
    {
        postgres ??= await PostgresServer.Instance;
        var server = new RecoveryServer(database ?? await postgres.CreateDatabaseAsync("api"), demo, guestJoinsPerMinute, logs, errorLog, settings);
        server.StartServer();
        // Tests read the demo data: they start once it is all there (a silo that does not seed has none to wait for).
        if (demo && server.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
            await server.Services.GetRequiredService<DemoSeeding>().Completion.WaitAsync(TimeSpan.FromSeconds(60));
        var addresses = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        server.Address = new Uri(addresses.Addresses.First());
        return server;
    }

    public HttpClient Http(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenFor(string persona)
    {
        using var http = Http();
        var response = await http.PostAsJsonAsync("/auth/demo-token", new { user = persona });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
    }

    public async Task<HubConnection> LiveAsync(string token, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync(ct);
        return connection;
    }

    private sealed record TokenResponse(string Token);
}
