using System.Net;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Testing;

namespace Recovery.Api.Tests.GraphQLGuards;

/// <summary>
/// A server that requires trusted documents (as production does) runs every document of the web client's manifest
/// by its id, and refuses any other document with a code, before it parses or runs a byte of it.
/// </summary>
public sealed class TrustedDocumentTests(TrustedDocumentTests.Server fixture) : IClassFixture<TrustedDocumentTests.Server>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{ __typename }")]
    [InlineData("{ municipalities { code name } }")]
    // The UI's own operation name with other text is still not the UI's document.
    [InlineData("query Viewer { me { personId name role municipalityCode __typename } }")]
    [InlineData("mutation JoinProgramme($code: String!) { joinProgramme(municipalityCode: $code) { version } }")]
    public async Task A_document_the_web_client_does_not_send_is_refused_with_a_code_and_no_data(string query)
    {
        using var http = fixture.Recovery.Http();

        var posted = await http.GraphQLAsync(query, new { code = "657" }, ct: Ct);
        var got = await http.GetGraphQLAsync(query, ct: Ct);

        foreach (var refused in new[] { posted, got })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.False(refused.HasData, refused.Body);
            Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", refused.Code);
        }
    }

    [Fact]
    public async Task Every_document_in_the_manifest_runs_by_its_id()
    {
        var schema = fixture.Recovery.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        using var http = fixture.Recovery.Http();
        Assert.NotEmpty(UiDocuments.All);

        foreach (var (id, text) in UiDocuments.All)
        {
            var body = JsonSerializer.Serialize(new { documentId = id, operationName = UiDocuments.NameOf(text), variables = UiDocuments.SampleVariables(text, schema) });
            var answer = await http.PostJsonAsync(body, ct: Ct);

            // 200 under application/graphql-response+json means it was parsed, validated and executed; without a
            // token most fields then answer UNAUTHENTICATED, which is the document running, not being refused.
            Assert.True(answer.Status == HttpStatusCode.OK, $"{UiDocuments.NameOf(text)}: {answer}");
        }
    }

    [Fact]
    public async Task The_text_of_a_manifest_document_is_accepted_as_it_is_the_same_document()
    {
        var (_, text) = UiDocuments.All.First(d => UiDocuments.NameOf(d.Value) == "Municipalities");
        using var http = fixture.Recovery.Http();

        var answer = await http.GraphQLAsync(text, ct: Ct);

        Assert.Equal(98, answer.At("municipalities").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_id_or_an_id_together_with_text_is_refused_with_a_code()
    {
        using var http = fixture.Recovery.Http();
        var known = UiDocuments.All.Keys.First();

        var unknown = await http.PostJsonAsync(JsonSerializer.Serialize(new { documentId = TrustedDocuments.IdOf("{ __typename }") }), ct: Ct);
        var both = await http.PostJsonAsync(JsonSerializer.Serialize(new { documentId = known, query = "{ __typename }" }), ct: Ct);
        var neither = await http.PostJsonAsync("{}", ct: Ct);

        Assert.Equal(("DOCUMENT_NOT_FOUND", HttpStatusCode.BadRequest), (unknown.Code, unknown.Status));
        Assert.Equal(("DOCUMENT_AMBIGUOUS", HttpStatusCode.BadRequest), (both.Code, both.Status));
        Assert.Equal(("QUERY_MISSING", HttpStatusCode.BadRequest), (neither.Code, neither.Status));
        Assert.All([unknown, both, neither], r => Assert.False(r.HasData, r.Body));
    }

    [Fact]
    public async Task A_query_by_id_may_also_be_sent_as_a_GET()
    {
        var (id, _) = UiDocuments.All.First(d => UiDocuments.NameOf(d.Value) == "Municipalities");
        using var http = fixture.Recovery.Http();

        var answer = await http.RawAsync(HttpMethod.Get, $"/graphql?documentId={Uri.EscapeDataString(id)}", null, GraphQLClient.GraphQLResponseJson, Ct);

        Assert.Equal(98, answer.At("municipalities").GetArrayLength());
    }

    /// <summary>No demo mode, trusted documents required: what a production server does, in the test host's environment.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public RecoveryServer Recovery { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            Recovery = await RecoveryServer.StartAsync(demo: false, settings: new Dictionary<string, string> { [TrustedDocuments.OnlyKey] = "true" });

        public async ValueTask DisposeAsync() => await Recovery.DisposeAsync();
    }
}
