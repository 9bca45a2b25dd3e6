using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.Live;
using Recovery.Testing;

namespace Recovery.Api.Tests.Cluster;

/// <summary>
/// Two real silos on one PostgreSQL database, one cluster through one Redis (started by deploy/redis.sh):
/// the first seeds the demo, the second joins afterwards and seeds nothing, as <c>./run-cluster.sh</c> starts them.
/// </summary>
public sealed class TwoSilos : IAsyncLifetime
{
    private readonly Dictionary<(RecoveryServer, string), HttpClient> clients = [];

    public RedisServer Redis { get; private set; } = null!;
    public RecoveryServer First { get; private set; } = null!;
    public RecoveryServer Second { get; private set; } = null!;
    public Dictionary<string, string> Tokens { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        First = await RecoveryServer.StartAsync(settings: new Dictionary<string, string> { ["Recovery:Cluster:Redis"] = Redis.ConnectionString });
        Second = await RecoveryServer.StartAsync(database: First.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Recovery:Cluster:Redis"] = Redis.ConnectionString,
            ["Recovery:Demo:Seed"] = "false",
        });
        foreach (var persona in new[] { "herning-tovholder", "herning-chef", "roskilde-leder" }) Tokens[persona] = await First.TokenFor(persona);
        await BothBridgesRegistered();
    }

    /// <summary>A client of the given silo signed in as the persona.</summary>
    public HttpClient Client(RecoveryServer silo, string persona)
    {
        if (!clients.TryGetValue((silo, persona), out var client))
            clients[(silo, persona)] = client = silo.Http(Tokens[persona]);
        return client;
    }

    /// <summary>
    /// Each silo's live bridge registers itself as it starts; the cluster is ready for live updates once the
    /// one directory lists both. Asked through the second silo, so this also says the directory is shared.
    /// </summary>
    private async Task BothBridgesRegistered()
    {
        var directory = Second.Services.GetRequiredService<IGrainFactory>().GetGrain<ILiveDirectoryGrain>(0);
        for (var asked = 0; (await directory.Bridges()).Length < 2; asked++)
        {
            if (asked == 300) throw new InvalidOperationException("The live directory never listed both silos' bridges: the silos did not form one cluster.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
