using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using Recovery.Testing;

namespace Recovery.Api.Tests.Deployment;

/// <summary>deploy/kubernetes read with the Kubernetes client's own typed loader, strictly: an unknown field fails.</summary>
internal sealed partial class Manifests
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "deploy", "kubernetes");

    public static Lazy<Manifests> Instance { get; } = new(() => new Manifests(
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(Load)
            .ToList()));

    private static List<object> Load(string file)
    {
        try
        {
            return KubernetesYaml.LoadAllFromString(File.ReadAllText(file), strict: true);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"deploy/kubernetes/{Path.GetFileName(file)}: {e.Message}", e);
        }
    }

    private Manifests(IReadOnlyList<object> all) => All = all;

    public IReadOnlyList<object> All { get; }

    public T Single<T>() => Assert.Single(All.OfType<T>());

    public V1Deployment Deployment => Single<V1Deployment>();
    public V1Container Silo => Assert.Single(Deployment.Spec.Template.Spec.Containers);
    public IDictionary<string, string> PodLabels => Deployment.Spec.Template.Metadata.Labels;

    /// <summary>The container port a Service, probe or policy names, by name or by number.</summary>
    public V1ContainerPort? ContainerPort(IntOrString port) =>
        Silo.Ports.FirstOrDefault(p => p.Name == port.Value || p.ContainerPort.ToString() == port.Value);

    public static bool Selects(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    /// <summary>The Secrets docs/operations.md tells the operator to create, with their keys: <c>kubectl create secret generic NAME --from-literal=KEY=...</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> DocumentedSecrets()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "operations.md"));
        return CreateSecret().Matches(docs).ToDictionary(
            m => m.Groups["name"].Value,
            m => (IReadOnlySet<string>)FromLiteral().Matches(m.Value).Select(l => l.Groups["key"].Value).ToHashSet(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"kubectl (?:-n \S+ )?create secret generic (?<name>[a-z0-9-]+)(?:[^\n]*\\\n)*[^\n]*")]
    private static partial Regex CreateSecret();

    [GeneratedRegex(@"--from-literal=(?<key>[A-Za-z0-9._-]+)=")]
    private static partial Regex FromLiteral();
}
