using System.Text.RegularExpressions;
using Recovery.Testing;
using YamlDotNet.RepresentationModel;

namespace Recovery.Api.Tests.Deployment;

/// <summary>
/// deploy/compose.yaml and deploy/nginx.conf fit the Silo and each other: every setting is one the Silo
/// reads, both silos share what a cluster must share, each is reachable under the name it advertises,
/// and the front balances over exactly the silos, sticky, with WebSockets passed through.
/// </summary>
public sealed partial class ComposeTests
{
    private static readonly string Deploy = Path.Combine(RepositoryRoot.Path, "deploy");
    private static readonly YamlMappingNode Services = (YamlMappingNode)Load()["services"];
    private static readonly string[] Silos = [.. Services.Children.Keys.Select(k => k.ToString()).Where(n => n.StartsWith("silo-", StringComparison.Ordinal))];

    /// <summary>Settings that are this process's own: every other one must be the same on every silo.</summary>
    private static readonly string[] PerSilo = ["Recovery__Cluster__Host", "Recovery__Demo__Seed"];

    [Fact]
    public void Holds_PostgreSQL_Redis_two_silos_and_a_front_and_every_dependency_is_one_of_them()
    {
        Assert.Equal(["front", "postgres", "redis", "silo-1", "silo-2"], Services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        foreach (var (name, service) in Services.Children)
        {
            if (((YamlMappingNode)service).Children.TryGetValue("depends_on", out var dependsOn))
                Assert.All(((YamlMappingNode)dependsOn).Children.Keys, d => Assert.True(Services.Children.ContainsKey(d), $"{name} depends on {d}, which is not a service"));
        }
    }

    [Fact]
    public void Every_variable_a_silo_gets_is_a_setting_the_silo_reads()
    {
        var reads = SiloReads.Instance.Value;
        Assert.All(Silos.SelectMany(s => Environment(s).Keys), name => Assert.True(reads.Reads(name), $"{name}: the Silo reads no such setting"));
    }

    [Fact]
    public void The_silos_share_every_setting_but_their_own_name_and_each_advertises_the_name_it_is_reached_by()
    {
        var first = Environment(Silos[0]);
        foreach (var silo in Silos)
        {
            var env = Environment(silo);
            Assert.Equal(first.Keys.Except(PerSilo).Order(), env.Keys.Except(PerSilo).Order());
            Assert.All(first.Keys.Except(PerSilo), key => Assert.Equal(first[key], env[key]));
            Assert.Equal(silo, env["Recovery__Cluster__Host"]);
            Assert.Contains("${", env["Recovery__Workshops__GuestSigningKey"], StringComparison.Ordinal);
        }
        // One seeder, or two would race for the same groups.
        Assert.Single(Silos, s => Environment(s)["Recovery__Demo__Seed"] == "true");
    }

    [Fact]
    public void Only_the_front_publishes_a_port_and_it_balances_over_exactly_the_silos_sticky_with_websockets()
    {
        Assert.Equal(["front"], Services.Children.Where(s => ((YamlMappingNode)s.Value).Children.ContainsKey("ports")).Select(s => s.Key.ToString()));
        var front = (YamlMappingNode)Services["front"];
        var mount = Assert.Single(((YamlSequenceNode)front["volumes"]).Children).ToString();
        Assert.StartsWith("./nginx.conf:", mount, StringComparison.Ordinal);
        var nginx = File.ReadAllText(Path.Combine(Deploy, "nginx.conf"));

        var port = new Uri(Environment(Silos[0])["ASPNETCORE_URLS"].Replace("+", "localhost", StringComparison.Ordinal)).Port;
        Assert.Equal(Silos.Select(s => $"{s}:{port}").Order(), UpstreamServer().Matches(nginx).Select(m => m.Groups["address"].Value).Order());
        Assert.Matches(@"upstream recovery_silos \{\s*(#[^\n]*\n\s*)*ip_hash;", nginx);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Connection $connection_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_pass http://recovery_silos;", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_variable_compose_asks_for_is_explained_in_docs_operations_md()
    {
        var compose = File.ReadAllText(Path.Combine(Deploy, "compose.yaml"));
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "operations.md"));
        var variables = Interpolated().Matches(compose).Select(m => m.Groups["name"].Value).Distinct().ToList();
        Assert.NotEmpty(variables);
        Assert.All(variables, v => Assert.Contains($"`{v}`", docs, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Environment(string service) =>
        ((YamlMappingNode)((YamlMappingNode)Services[service])["environment"]).Children
            .ToDictionary(e => e.Key.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, "compose.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    [GeneratedRegex(@"^\s*server (?<address>[^\s;{]+)[^;{\n]*;", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"\$\{(?<name>[A-Z0-9_]+)")]
    private static partial Regex Interpolated();
}
