using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Testing;

namespace Recovery.Api.Tests.GraphQLGuards;

/// <summary>
/// The depth and complexity limits are measured against the web client's own documents, with the server's analyzer
/// and settings and each document's costliest variables, and a document just past either limit is refused.
/// </summary>
public sealed class GraphQLLimitTests(GraphQLLimitTests.Server fixture) : IClassFixture<GraphQLLimitTests.Server>
{
    /// <summary>The busiest UI document must cost at most this share of the limit: room for the UI to grow before anyone is refused.</summary>
    private const double ComplexityMargin = 0.85;
    private const int DepthMargin = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_UI_document_stays_under_the_limits_with_room_to_spare()
    {
        var services = fixture.Recovery.Services;
        var schema = services.GetRequiredService<ISchema>();
        var costs = new List<(string Name, double Complexity, int Depth)>();
        foreach (var text in UiDocuments.All.Values)
        {
            var (complexity, depth) = await Measure.CostAsync(services, text, fixture.Inputs(UiDocuments.SampleVariables(text, schema)));
            costs.Add((UiDocuments.NameOf(text), complexity, depth));
        }

        var table = new StringBuilder("| operation | complexity | depth |\n|---|---|---|\n");
        foreach (var (name, complexity, depth) in costs.OrderByDescending(c => c.Complexity))
            table.Append(CultureInfo.InvariantCulture, $"| {name} | {complexity:0.#} | {depth} |\n");
        TestContext.Current.TestOutputHelper?.WriteLine(table.ToString());

        Assert.Equal(UiDocuments.All.Count, costs.Count);
        Assert.All(costs, c => Assert.True(c.Complexity <= RecoveryApi.MaxComplexity * ComplexityMargin,
            $"{c.Name} costs {c.Complexity}: raise MaxComplexity ({RecoveryApi.MaxComplexity}) with its comment, or make the document cheaper."));
        Assert.All(costs, c => Assert.True(c.Depth <= RecoveryApi.MaxDepth - DepthMargin,
            $"{c.Name} is {c.Depth} deep: raise MaxDepth ({RecoveryApi.MaxDepth}) with its comment, or make the document flatter."));
    }

    [Fact]
    public async Task A_document_at_the_depth_limit_runs_and_one_level_deeper_is_refused_with_a_code()
    {
        var none = new Inputs(new Dictionary<string, object?>());
        Assert.Equal(RecoveryApi.MaxDepth, (await Measure.CostAsync(fixture.Recovery.Services, TypeChain(RecoveryApi.MaxDepth), none)).Depth);
        using var http = fixture.Recovery.Http();
        var atLimit = await http.GraphQLAsync(TypeChain(RecoveryApi.MaxDepth), ct: Ct);
        var over = await http.GraphQLAsync(TypeChain(RecoveryApi.MaxDepth + 1), ct: Ct);

        Assert.Empty(atLimit.Errors);
        Assert.False(over.HasData, over.Body);
        Assert.Equal("QUERY_TOO_DEEP", over.Code);
    }

    [Fact]
    public async Task A_document_at_the_complexity_limit_runs_and_one_more_field_is_refused_with_a_code()
    {
        var services = fixture.Recovery.Services;
        var atLimit = await Fill(services, RecoveryApi.MaxComplexity);
        var over = await Fill(services, RecoveryApi.MaxComplexity + 1);
        Assert.Equal(RecoveryApi.MaxComplexity, (await Measure.CostAsync(services, atLimit, new Inputs(new Dictionary<string, object?>()))).Complexity);
        using var http = fixture.Recovery.Http();

        var ran = await http.GraphQLAsync(atLimit, ct: Ct);
        var refused = await http.GraphQLAsync(over, ct: Ct);

        Assert.Empty(ran.Errors);
        Assert.False(refused.HasData, refused.Body);
        Assert.Equal("QUERY_TOO_COMPLEX", refused.Code);
    }

    /// <summary>
    /// <c>__type</c> nests as deep as one asks: the only way to build a valid document of any depth. The analyzer
    /// counts the operation's own selection as the first level.
    /// </summary>
    private static string TypeChain(int depth) =>
        $"{{ __type(name: \"Query\") {{ {string.Concat(Enumerable.Repeat("ofType { ", depth - 2))}name{new string('}', depth - 2)} }} }}";

    /// <summary>
    /// A document costing exactly <paramref name="target"/>: the principles (a list) under many aliases, topped up
    /// with <c>me { name }</c>. Each part's cost comes from the analyzer; the two are whole numbers with no common factor.
    /// </summary>
    private static async Task<string> Fill(IServiceProvider services, int target)
    {
        var none = new Inputs(new Dictionary<string, object?>());
        var unit = (int)(await Measure.CostAsync(services, "{ principles { number title } }", none)).Complexity;
        var single = (int)(await Measure.CostAsync(services, "{ me { name } }", none)).Complexity;
        var units = target / unit;
        while ((target - units * unit) % single != 0) units--;
        var fields = Enumerable.Range(0, units).Select(i => $"p{i}: principles {{ number title }}")
            .Concat(Enumerable.Range(0, (target - units * unit) / single).Select(i => $"m{i}: me {{ name }}"));
        return $"{{ {string.Join(" ", fields)} }}";
    }

    /// <summary>A server without demo data, with introspection on so a document can nest past the depth limit.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public RecoveryServer Recovery { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            Recovery = await RecoveryServer.StartAsync(demo: false, settings: new Dictionary<string, string> { [RecoveryApi.IntrospectionKey] = "true" });

        public async ValueTask DisposeAsync() => await Recovery.DisposeAsync();

        public Inputs Inputs(Dictionary<string, object?> variables) =>
            Recovery.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(JsonSerializer.Serialize(variables))!;
    }
}
