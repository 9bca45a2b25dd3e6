using System.Net;
using JasperFx;
using Marten;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
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
    /// With <c>Recovery:Cluster:Kubernetes</c> as well, each silo is a pod: named after it, reached at its address;
    /// with <c>Recovery:Cluster:Host</c>, a container reached by that name on its network.
    /// </summary>
    public static void AddRecoverySilo(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);
        var cluster = builder.Configuration.GetSection("Recovery:Cluster");
        var siloPort = cluster.GetValue("SiloPort", 11111);
        var redis = cluster["Redis"];
        var host = cluster["Host"];
        var kubernetes = cluster.GetValue<bool>("Kubernetes");
        if (kubernetes && string.IsNullOrEmpty(redis))
            throw new InvalidOperationException("Recovery:Cluster:Kubernetes kræver Recovery:Cluster:Redis: medlemslisten ligger i Redis (se docs/operations.md).");
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
                orleans.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
                if (kubernetes)
                {
                    // The pod's name and address come from its environment (POD_NAME, POD_IP); the silo port
                    // listens on every interface of the pod, and the deployment's NetworkPolicy admits only
                    // other silos to it, because the traffic is plain TCP (see docs/operations.md).
                    orleans.Configure<EndpointOptions>(o =>
                    {
                        (o.SiloPort, o.GatewayPort) = (siloPort, 0);
                        // Orleans fills in the machine's first address before Kubernetes hosting looks for an empty
                        // one, so the pod's address, the one other pods reach, is set here.
                        if (IPAddress.TryParse(Environment.GetEnvironmentVariable(KubernetesHostingOptions.PodIPEnvironmentVariable), out var pod))
                            o.AdvertisedIPAddress = pod;
                    });
                    orleans.UseKubernetesHosting();
                }
                else if (!string.IsNullOrEmpty(host))
                {
                    // A container on a private network (compose): other silos reach it by its host name there.
                    orleans.ConfigureEndpoints(host, siloPort, gatewayPort: 0, listenOnAnyHostAddress: true);
                }
                else
                {
                    // Silo-to-silo traffic is plain TCP, so by default it stays on loopback: several silos on one machine.
                    orleans.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort: 0);
                }
                orleans.UseRedisClustering(redis);
            }
            orleans.AddRecoveryGrains();
            if (demo) orleans.AddIncomingGrainCallFilter(DemoClock.Carry);
            // Orleans' own spans are many and mostly internal: only when asked for (docs/operations.md).
            if (builder.Configuration.GetValue<bool>(OperationsSetup.OrleansTracingKey)) orleans.AddActivityPropagation();
        });
    }
}
