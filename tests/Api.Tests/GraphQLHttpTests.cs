using System.Net;
using System.Text;
using System.Text.Json;

namespace Recovery.Api.Tests;

/// <summary>GraphQL over HTTP as the specification has it: methods, media types, request-level errors, limits.</summary>
public sealed class GraphQLHttpTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Municipalities = "{ municipalities { code name region } }";

    [Fact]
    public async Task A_POSTed_query_lists_all_98_municipalities_with_Herning_in_Midtjylland()
    {
        var response = await api.Anonymous.GraphQLAsync(Municipalities, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
        var rows = response.At("municipalities").EnumerateArray().ToArray();
        Assert.Equal(98, rows.Length);
        Assert.Contains(rows, m => m.GetProperty("code").GetString() == "657"
                                   && m.GetProperty("name").GetString() == "Herning"
                                   && m.GetProperty("region").GetString() == "Midtjylland");
    }

    [Fact]
    public async Task Search_keeps_only_the_municipalities_that_match()
    {
        var region = await api.Anonymous.GraphQLAsync("""{ municipalities(search: "Midtjylland") { region } }""", ct: Ct);
        var code = await api.Anonymous.GraphQLAsync("""{ municipalities(search: "657") { name } }""", ct: Ct);

        var regionRows = region.At("municipalities").EnumerateArray().ToArray();
        Assert.Equal(19, regionRows.Length);
        Assert.All(regionRows, m => Assert.Equal("Midtjylland", m.GetProperty("region").GetString()));
        Assert.Equal("Herning", Assert.Single(code.At("municipalities").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        var response = await api.Anonymous.GetGraphQLAsync("""{ municipality(code: "657") { name } }""", ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Herning", response.At("municipality", "name").GetString());
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_GraphiQL_in_demo_mode()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await api.Anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GraphiQL", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_stores_nothing()
    {
        var mutation = $$"""
            mutation { addPlanItem(input: { municipalityCode: "657", prerequisite: 1, title: "Via GET", id: "{{Documents.NewId("i")}}" }) { version } }
            """;

        var response = await api.StoresNothingAsync(() => api.Client("herning-tovholder").GetGraphQLAsync(mutation, ct: Ct), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.Code);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Over_GET_operationName_decides_whether_a_mutation_would_run()
    {
        const string document = """
            query Look { municipality(code: "657") { name } }
            mutation Change { establishSteeringGroup(municipalityCode: "657") { version } }
            """;

        var query = await api.Client("herning-tovholder").GetGraphQLAsync(document, "Look", ct: Ct);
        var mutation = await api.Client("herning-tovholder").GetGraphQLAsync(document, "Change", ct: Ct);

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal("Herning", query.At("municipality", "name").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", mutation.Code);
    }

    [Theory]
    [InlineData("{ municipalities { code ")]
    [InlineData("{ municipalities { nope } }")]
    public async Task Under_graphql_response_json_a_document_that_cannot_run_is_a_400(string document)
    {
        var response = await api.Anonymous.GraphQLAsync(document, accept: GraphQLClient.GraphQLResponseJson, ct: Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
        Assert.NotNull(response.Code);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("{ municipalities { code ")]
    [InlineData("{ municipalities { nope } }")]
    public async Task Under_application_json_a_document_that_cannot_run_is_a_200_with_errors(string document)
    {
        var response = await api.Anonymous.GraphQLAsync(document, accept: "application/json", ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.NotNull(response.Code);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task A_client_that_accepts_only_text_plain_is_refused_with_406()
    {
        var response = await api.Anonymous.GraphQLAsync(Municipalities, accept: "text/plain", ct: Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task OperationName_selects_which_of_two_operations_runs()
    {
        const string document = """
            query Herning { municipality(code: "657") { name } }
            query Roskilde { municipality(code: "265") { name } }
            """;

        var response = await api.Anonymous.GraphQLAsync(document, operationName: "Roskilde", ct: Ct);

        Assert.Equal("Roskilde", response.At("municipality", "name").GetString());
    }

    [Fact]
    public async Task Variables_are_used()
    {
        var response = await api.Anonymous.GraphQLAsync(
            "query($code: String!) { municipality(code: $code) { name region } }", new { code = "265" }, ct: Ct);

        Assert.Equal("Roskilde", response.At("municipality", "name").GetString());
        Assert.Equal("Sjælland", response.At("municipality", "region").GetString());
    }

    [Fact]
    public async Task An_unparseable_JSON_body_is_a_400_INVALID_JSON()
    {
        var response = await api.Anonymous.PostJsonAsync("""{"query": "{ municipalities { code } }" """, ct: Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", response.Code);
    }

    [Fact]
    public async Task A_body_that_is_not_sent_as_JSON_is_refused_with_415()
    {
        var content = new StringContent(JsonSerializer.Serialize(new { query = Municipalities }), Encoding.UTF8, "text/plain");

        var response = await api.Anonymous.RawAsync(HttpMethod.Post, "/graphql", content, GraphQLClient.GraphQLResponseJson, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.Code);
    }

    // The server closes the connection after refusing an unread body, so each of these gets its own client.
    [Fact]
    public async Task A_body_over_64_KB_is_refused_with_413()
    {
        using var http = api.Server.Http();

        var response = await http.PostJsonAsync(OversizedBody(), ct: Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.Code);
    }

    [Fact]
    public async Task A_streamed_body_over_64_KB_without_a_length_is_refused_with_413()
    {
        using var http = api.Server.Http();
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(OversizedBody()));

        var response = await http.RawAsync(HttpMethod.Post, "/graphql", content, GraphQLClient.GraphQLResponseJson, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.Code);
    }

    [Fact]
    public async Task After_refusing_an_oversized_body_the_server_tells_the_client_to_close_the_connection()
    {
        using var http = api.Server.Http();

        var response = await http.PostJsonAsync(OversizedBody(), ct: Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.True(response.Message.Headers.ConnectionClose, "A 413 answered before the body was read must close the connection.");
    }

    private static string OversizedBody() => JsonSerializer.Serialize(new { query = Municipalities + new string(' ', 65 * 1024) });

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"query": "  ", "variables": {}}""")]
    public async Task A_request_without_a_query_is_a_400_QUERY_MISSING(string body)
    {
        var response = await api.Anonymous.PostJsonAsync(body, ct: Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_MISSING", response.Code);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20municipalities%20%7B%20code%20%7D%20%7D&variables=%7Bnot-json")]
    [InlineData("/graphql?query=%7B%20nope%20%7D")]
    [InlineData("/graphql?query=query%20%7B%20municipality%28code%3A%20%22999%22%29%20%7B%20name%20%7D%20%7D")]
    [InlineData("/graphql?query=%7B%20municipality%28code%3A%20%22657%22%29%20%7B%20steeringGroup%20%7B%20version%20%7D%20%7D%20%7D")]
    [InlineData("/graphql?query=%7B%20municipalities%28search%3A%20%22x%22%29%20%7B%20code%20%7D%20%7D%20%7B")]
    public async Task Every_error_carries_a_code_and_no_internals(string url)
    {
        var response = await api.Anonymous.RawAsync(HttpMethod.Get, url, null, "application/json", Ct);

        Assert.NotEmpty(response.Errors);
        Assert.All(response.Codes, code => Assert.False(string.IsNullOrEmpty(code), response.Body));
    }

    [Fact]
    public async Task A_query_nested_deeper_than_the_depth_limit_is_refused_without_data()
    {
        var shallow = await api.Anonymous.GraphQLAsync(Introspection(ofTypes: 1), ct: Ct);
        var deep = await api.Anonymous.GraphQLAsync(Introspection(ofTypes: RecoveryApi.MaxDepth), ct: Ct);

        Assert.True(shallow.HasData, shallow.Body);
        Assert.NotEmpty(deep.Errors);
        Assert.False(deep.HasData, deep.Body);
    }

    /// <summary><c>__schema { types { fields { type { ofType { … { name } } } } } }</c>: depth 5 plus one per ofType.</summary>
    private static string Introspection(int ofTypes) =>
        "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", ofTypes))
        + "name " + new string('}', ofTypes + 5);

    /// <summary>A body sent chunked, as a streaming client would, so only the server's own limit can stop it.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
