using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using Recovery.Silo;

namespace Recovery.Api.Tests.Cluster;

/// <summary>
/// <c>Recovery:Cluster:Kubernetes</c> hands the silo's name and address to the pod it runs in. Checked on the
/// silo's resolved options with the environment a pod gets; joining a real Kubernetes cluster (listing and
/// watching pods) cannot be tested without one and is not.
/// </summary>
public sealed class KubernetesHostingTests : IDisposable
{
    private const string PodName = "recovery-silo-5d8c7b9f4-x2kqp";
    private const string PodIp = "10.244.1.17";

    private static readonly Dictionary<string, string> Pod = new()
    {
        [KubernetesHostingOptions.PodNameEnvironmentVariable] = PodName,
        [KubernetesHostingOptions.PodNamespaceEnvironmentVariable] = "recovery",
        [KubernetesHostingOptions.PodIPEnvironmentVariable] = PodIp,
        [KubernetesHostingOptions.ServiceIdEnvironmentVariable] = SiloSetup.ClusterId,
        [KubernetesHostingOptions.ClusterIdEnvironmentVariable] = SiloSetup.ClusterId,
    };

    private readonly Dictionary<string, string?> before = Pod.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);

    // Orleans reads the pod's name and address from the process environment, not from the configuration.
    public KubernetesHostingTests()
    {
        foreach (var (name, value) in Pod) Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
    }

    [Fact]
    public async Task A_silo_in_a_pod_is_named_after_the_pod_and_reached_at_its_address()
    {
        await using var app = Build(new() { ["Recovery:Cluster:Redis"] = "127.0.0.1:1", ["Recovery:Cluster:Kubernetes"] = "true", ["Recovery:Cluster:SiloPort"] = "11111" });

        Assert.Equal(PodName, Options<SiloOptions>(app).SiloName);
        var endpoints = Options<EndpointOptions>(app);
        Assert.Equal(IPAddress.Parse(PodIp), endpoints.AdvertisedIPAddress);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 11111), endpoints.SiloListeningEndpoint);
        Assert.Equal(0, endpoints.GatewayPort);
        var cluster = Options<ClusterOptions>(app);
        Assert.Equal((SiloSetup.ClusterId, SiloSetup.ClusterId), (cluster.ClusterId, cluster.ServiceId));
        // Its validator demands a namespace, a pod name, and a silo named after the pod.
        Assert.NotNull(Options<KubernetesHostingOptions>(app));
    }

    [Fact]
    public async Task Without_the_setting_the_same_environment_changes_nothing_and_silo_traffic_stays_on_loopback()
    {
        await using var app = Build(new() { ["Recovery:Cluster:Redis"] = "127.0.0.1:1", ["Recovery:Cluster:SiloPort"] = "11111" });

        Assert.NotEqual(PodName, Options<SiloOptions>(app).SiloName);
        var endpoints = Options<EndpointOptions>(app);
        Assert.Equal(IPAddress.Loopback, endpoints.AdvertisedIPAddress);
        Assert.Equal(IPAddress.Loopback, endpoints.SiloListeningEndpoint?.Address ?? endpoints.AdvertisedIPAddress);
        Assert.Empty(app.Services.GetServices<IConfigureOptions<KubernetesHostingOptions>>());
    }

    [Fact]
    public async Task A_container_host_name_is_advertised_and_the_silo_port_listens_on_every_interface()
    {
        await using var app = Build(new() { ["Recovery:Cluster:Redis"] = "127.0.0.1:1", ["Recovery:Cluster:Host"] = "localhost", ["Recovery:Cluster:SiloPort"] = "11111" });

        var endpoints = Options<EndpointOptions>(app);
        Assert.True(IPAddress.IsLoopback(endpoints.AdvertisedIPAddress!));
        Assert.Equal(new IPEndPoint(IPAddress.Any, 11111), endpoints.SiloListeningEndpoint);
    }

    [Fact]
    public void Kubernetes_without_Redis_is_refused_with_a_reason()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Recovery:Cluster:Kubernetes"] = "true" }));
        Assert.Contains("Recovery:Cluster:Redis", error.Message);
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddRecoverySilo();
        return builder.Build();
    }

    private static T Options<T>(WebApplication app) where T : class => app.Services.GetRequiredService<IOptions<T>>().Value;
}
