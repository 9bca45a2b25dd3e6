using Recovery.Testing;

namespace Recovery.Api.Tests;

/// <summary>
/// Without demo mode (production) the schema is not described to anyone: introspection fails validation
/// with a code and no data, and ordinary queries still run. The demo server (other test classes) keeps it for GraphiQL.
/// </summary>
public sealed class IntrospectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { fields { name } } }")]
    [InlineData("query Spy { __typename a: __schema { types { name } } }")]
    public async Task A_production_server_refuses_introspection_with_a_code_and_no_data(string query)
    {
        await using var server = await RecoveryServer.StartAsync(demo: false);
        using var http = server.Http();

        var refused = await http.GraphQLAsync(query, ct: Ct);
        var plain = await http.GraphQLAsync("{ __typename }", ct: Ct);

        Assert.False(refused.HasData, refused.Body);
        Assert.NotEmpty(refused.Errors);
        Assert.All(refused.Codes, code => Assert.False(string.IsNullOrEmpty(code), refused.Body));
        Assert.Equal("Query", plain.At("__typename").GetString());
    }

    [Fact]
    public async Task The_setting_turns_introspection_on_for_a_server_without_demo_mode()
    {
        await using var server = await RecoveryServer.StartAsync(demo: false, settings: new Dictionary<string, string> { [RecoveryApi.IntrospectionKey] = "true" });
        using var http = server.Http();

        var answer = await http.GraphQLAsync("{ __schema { queryType { name } } }", ct: Ct);

        Assert.Equal("Query", answer.At("__schema", "queryType", "name").GetString());
    }
}
