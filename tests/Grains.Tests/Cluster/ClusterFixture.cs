using Marten;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Recovery.Testing;

namespace Recovery.Grains.Tests.Cluster;

/// <summary>
/// A real two-silo Orleans cluster in this process, on real Marten over a fresh PostgreSQL
/// database, with a clock the tests move by hand.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IDocumentStore Store { get; private set; } = null!;
    public IClusterClient Client => Cluster.Client;
    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var connectionString = ConnectionString = await (await PostgresServer.Instance).CreateDatabaseAsync("grains");
        Store = DocumentStore.For(o => o.ConfigureRecovery(connectionString));
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddMarten(o => o.ConfigureRecovery(connectionString)).UseLightweightSessions();
            host.Services.AddSingleton<TimeProvider>(Clock);
        });
        builder.ConfigureSilo((_, silo) => silo.AddRecoveryGrains());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Store.Dispose();
    }

    /// <summary>The snapshot stored for a stream, if any.</summary>
    public async Task<StreamSnapshot?> StoredSnapshot(string tenant, string stream)
    {
        await using var session = Store.QuerySession(tenant);
        return await session.LoadAsync<StreamSnapshot>(stream);
    }

    /// <summary>Replaces a stream's snapshot, as an older deployment or a tampered row would have left it.</summary>
    public async Task OverwriteSnapshot(string tenant, StreamSnapshot snapshot)
    {
        await using var session = Store.LightweightSession(tenant);
        session.Store(snapshot);
        await session.SaveChangesAsync();
    }

    /// <summary>The events Marten holds for a stream: what the grain's state must always be the fold of.</summary>
    public async Task<IReadOnlyList<object>> StoredEvents(string tenant, string stream)
    {
        await using var session = Store.QuerySession(tenant);
        return (await session.Events.FetchStreamAsync(stream)).Select(e => e.Data).ToArray();
    }
}

[CollectionDefinition(nameof(ClusterCollection))]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;
