using System.Net;
using JasperFx;
using Marten;
using Orleans.Configuration;
using Recovery.Api.Demo;
using Recovery.Api.Demo.Country;
using Recovery.Api.Operations;
using Recovery.Grains;

namespace Recovery.Silo;

/// <summary>The parts only the executable decides: where the database is, how silos find each other, which port.</summary>
internal static class SiloSetup
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Cluster and service id of every silo in Redis mode: one deployment is one cluster.</summary>
    public const string ClusterId = "recovery";

    /// <summary>Marten comes before Orleans, so the schema is migrated before the first grain activates.</summary>
    public static void AddRecoveryStore(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Recovery")
            ?? throw new InvalidOperationException("ConnectionStrings:Recovery mangler: angiv PostgreSQL-forbindelsen (se README).");
        builder.Services.AddMarten(opts =>
            {
                opts.ConfigureRecovery(connectionString, builder.Configuration["Recovery:Schema"] ?? "recovery");
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
    }

    /// <summary>
    /// One process: localhost clustering. With <c>Recovery:Cluster:Redis</c> several processes form one cluster,
    /// their membership table in Redis. Ports are settings so tests and several local silos do not collide.
    /// </summary>
    public static void AddRecoverySilo(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);
        var cluster = builder.Configuration.GetSection("Recovery:Cluster");
        var siloPort = cluster.GetValue("SiloPort", 11111);
        var redis = cluster["Redis"];
        // Demo mode lets the country seeding date its events in the past (see DemoClock); otherwise the real clock.
        var demo = builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled");
        builder.Services.AddSingleton(demo ? new DemoClock() : TimeProvider.System);
        builder.UseOrleans(orleans =>
        {
            // The API is co-hosted, so no external client needs a gateway (port 0: none); without one,
            // no other local process can connect as a client and claim to be any caller.
            if (string.IsNullOrEmpty(redis))
            {
                orleans.UseLocalhostClustering(siloPort, gatewayPort: 0);
            }
            else
            {
                // Silo-to-silo traffic is plain TCP, so it stays on loopback: several silos on one machine.
                // Silos on several machines need TLS between them first (see docs/operations.md).
                orleans.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
                orleans.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort: 0);
                orleans.UseRedisClustering(redis);
            }
            orleans.AddRecoveryGrains();
            if (demo) orleans.AddIncomingGrainCallFilter(DemoClock.Carry);
            // Orleans' own spans are many and mostly internal: only when asked for (docs/operations.md).
            if (builder.Configuration.GetValue<bool>(OperationsSetup.OrleansTracingKey)) orleans.AddActivityPropagation();
        });
    }
}
