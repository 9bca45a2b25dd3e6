using k8s.Models;
using Orleans.Hosting.Kubernetes;
using Recovery.Testing;

namespace Recovery.Api.Tests.Deployment;

/// <summary>
/// The manifests hang together and fit the Silo: selectors find the pods, ports and probes meet the container
/// and the routes the Silo maps, every setting is one the Silo reads, and only silos reach the silo port.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static Manifests M => Manifests.Instance.Value;

    [Fact]
    public void Every_file_loads_strictly_and_holds_the_kinds_a_deployment_needs()
    {
        Assert.Equal(
            ["Deployment", "NetworkPolicy", "Role", "RoleBinding", "Service", "ServiceAccount"],
            M.All.Select(o => o.GetType().Name[2..]).Order(StringComparer.Ordinal));
        // Namespace-agnostic: applied with -n, never tied to one namespace.
        Assert.All(M.All.Cast<IMetadata<V1ObjectMeta>>(), o => Assert.Null(o.Metadata.NamespaceProperty));
    }

    [Fact]
    public void Selectors_find_the_silo_pods()
    {
        Assert.True(Manifests.Selects(M.Deployment.Spec.Selector.MatchLabels, M.PodLabels));
        Assert.True(Manifests.Selects(M.Single<V1Service>().Spec.Selector, M.PodLabels));
        Assert.True(Manifests.Selects(M.Single<V1NetworkPolicy>().Spec.PodSelector.MatchLabels, M.PodLabels));
    }

    [Fact]
    public void Pods_carry_what_Orleans_Kubernetes_hosting_reads()
    {
        Assert.Equal(2, M.Deployment.Spec.Replicas);
        Assert.Equal("recovery", M.PodLabels[KubernetesHostingOptions.ServiceIdLabel]);
        Assert.Equal("recovery", M.PodLabels[KubernetesHostingOptions.ClusterIdLabel]);
        var env = M.Silo.Env.ToDictionary(e => e.Name);
        Assert.Equal("true", env["Recovery__Cluster__Kubernetes"].Value);
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", env[KubernetesHostingOptions.ServiceIdEnvironmentVariable].ValueFrom.FieldRef.FieldPath);
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", env[KubernetesHostingOptions.ClusterIdEnvironmentVariable].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.name", env[KubernetesHostingOptions.PodNameEnvironmentVariable].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.namespace", env[KubernetesHostingOptions.PodNamespaceEnvironmentVariable].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("status.podIP", env[KubernetesHostingOptions.PodIPEnvironmentVariable].ValueFrom.FieldRef.FieldPath);
    }

    [Fact]
    public void The_silos_account_may_do_to_pods_what_Orleans_Kubernetes_hosting_does()
    {
        var account = M.Single<V1ServiceAccount>();
        var role = M.Single<V1Role>();
        var binding = M.Single<V1RoleBinding>();
        Assert.Equal(account.Metadata.Name, M.Deployment.Spec.Template.Spec.ServiceAccountName);
        Assert.NotEqual(false, M.Deployment.Spec.Template.Spec.AutomountServiceAccountToken);
        Assert.Equal(("Role", role.Metadata.Name), (binding.RoleRef.Kind, binding.RoleRef.Name));
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", account.Metadata.Name), (subject.Kind, subject.Name));
        var rule = Assert.Single(role.Rules);
        Assert.Equal([""], rule.ApiGroups);
        Assert.Equal(["pods"], rule.Resources);
        // Read its own pod, patch the orleans/* labels on it, list and watch the cluster's pods, delete a dead silo's pod.
        Assert.Equal(["delete", "get", "list", "patch", "watch"], rule.Verbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_service_and_the_probes_reach_the_container_on_routes_the_silo_maps()
    {
        var service = M.Single<V1Service>();
        var http = Assert.Single(service.Spec.Ports);
        Assert.Equal(8080, M.ContainerPort(http.TargetPort)?.ContainerPort);
        Assert.Equal("http://+:8080", M.Silo.Env.Single(e => e.Name == "ASPNETCORE_URLS").Value);
        // SignalR's negotiation and fallback transports need every request of a browser on one silo.
        Assert.Equal("ClientIP", service.Spec.SessionAffinity);

        var routes = SiloReads.Instance.Value.Routes;
        foreach (var (probe, path) in new[] { (M.Silo.ReadinessProbe, "/health"), (M.Silo.LivenessProbe, "/alive"), (M.Silo.StartupProbe, "/alive") })
        {
            Assert.Equal(path, probe.HttpGet.Path);
            Assert.Contains(path, routes);
            Assert.Equal(8080, M.ContainerPort(probe.HttpGet.Port)?.ContainerPort);
        }
    }

    [Fact]
    public void Only_silo_pods_may_open_the_silo_port()
    {
        var siloPort = int.Parse(M.Silo.Env.Single(e => e.Name == "Recovery__Cluster__SiloPort").Value);
        Assert.Contains(M.Silo.Ports, p => p.ContainerPort == siloPort);
        var policy = M.Single<V1NetworkPolicy>();
        Assert.Equal(["Ingress"], policy.Spec.PolicyTypes);
        var admitting = policy.Spec.Ingress.Where(rule => rule.Ports is null || rule.Ports.Any(p => p.Port is null || M.ContainerPort(p.Port)?.ContainerPort == siloPort)).ToList();
        var rule = Assert.Single(admitting);
        var from = Assert.Single(rule.FromProperty);
        Assert.Null(from.NamespaceSelector);
        Assert.Null(from.IpBlock);
        Assert.True(Manifests.Selects(from.PodSelector.MatchLabels, M.PodLabels));
        // The Service publishes HTTP only.
        Assert.DoesNotContain(M.Single<V1Service>().Spec.Ports, p => M.ContainerPort(p.TargetPort)?.ContainerPort == siloPort);
    }

    [Fact]
    public void Every_variable_the_pods_get_is_a_setting_the_silo_reads_or_one_Orleans_reads_from_the_pod()
    {
        string[] pod =
        [
            KubernetesHostingOptions.PodNameEnvironmentVariable, KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
            KubernetesHostingOptions.PodIPEnvironmentVariable, KubernetesHostingOptions.ServiceIdEnvironmentVariable,
            KubernetesHostingOptions.ClusterIdEnvironmentVariable,
        ];
        var reads = SiloReads.Instance.Value;
        Assert.All(M.Silo.Env.Select(e => e.Name).Where(n => !pod.Contains(n)), name => Assert.True(reads.Reads(name), $"{name}: the Silo reads no such setting"));
        Assert.Empty(M.Silo.EnvFrom ?? []);
    }

    [Fact]
    public void Every_secret_the_pods_read_is_in_the_folder_or_created_as_docs_operations_md_says()
    {
        var documented = Manifests.DocumentedSecrets();
        var references = M.Silo.Env.Select(e => e.ValueFrom?.SecretKeyRef).OfType<V1SecretKeySelector>().ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(
            M.All.OfType<V1Secret>().Any(s => s.Metadata.Name == r.Name && (s.Data?.ContainsKey(r.Key) == true || s.StringData?.ContainsKey(r.Key) == true))
            || (documented.TryGetValue(r.Name, out var keys) && keys.Contains(r.Key)),
            $"secret {r.Name}, key {r.Key}: neither in deploy/kubernetes nor created in docs/operations.md"));
        Assert.Empty(M.Silo.Env.Select(e => e.ValueFrom?.ConfigMapKeyRef).OfType<V1ConfigMapKeySelector>());
        // The settings every silo must share and that must not stand in a file.
        string[] secret = ["ConnectionStrings__Recovery", "Recovery__Cluster__Redis", "Recovery__Workshops__GuestSigningKey", "Recovery__CitizenMeasures__CodeSigningKey",
            "Recovery__Auth__SigningKey", "Recovery__Auth__Oidc__ClientSecret"];
        Assert.All(secret, name => Assert.NotNull(M.Silo.Env.Single(e => e.Name == name).ValueFrom.SecretKeyRef));
    }

    [Fact]
    public void A_stopping_silo_has_time_to_store_what_its_workshops_typed_last()
    {
        var spec = M.Deployment.Spec.Template.Spec;
        var shutdown = long.Parse(M.Silo.Env.Single(e => e.Name == "DOTNET_SHUTDOWNTIMEOUTSECONDS").Value);
        var pause = M.Silo.Lifecycle.PreStop.Sleep.Seconds;
        Assert.True(shutdown >= 30, "the host needs time to deactivate every grain");
        Assert.True(pause + shutdown < spec.TerminationGracePeriodSeconds, "Kubernetes would kill the silo before the host gives up");
        // A rolling update takes a silo away only once its successor is ready.
        Assert.Equal("0", M.Deployment.Spec.Strategy.RollingUpdate.MaxUnavailable.Value);
    }

    [Fact]
    public void Silos_run_without_privileges_with_memory_bounded_and_CPU_requested()
    {
        var spec = M.Deployment.Spec.Template.Spec;
        Assert.True(spec.SecurityContext.RunAsNonRoot);
        Assert.False(M.Silo.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], M.Silo.SecurityContext.Capabilities.Drop);
        Assert.True(M.Silo.Resources.Requests.ContainsKey("cpu"));
        Assert.True(M.Silo.Resources.Requests.ContainsKey("memory"));
        Assert.True(M.Silo.Resources.Limits.ContainsKey("memory"));
        // A CPU limit throttles the whole silo, and every room on it feels it.
        Assert.False(M.Silo.Resources.Limits.ContainsKey("cpu"));
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "Dockerfile"));
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.All(M.Silo.Ports, p => Assert.Contains(p.ContainerPort.ToString(), dockerfile.Split('\n').Single(l => l.StartsWith("EXPOSE", StringComparison.Ordinal))));
    }
}
