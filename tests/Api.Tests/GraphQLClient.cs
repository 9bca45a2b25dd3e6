using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Recovery.Api.Tests;

/// <summary>A GraphQL-over-HTTP answer: status, media type, raw body and the parsed JSON, if any.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, HttpResponseMessage Message, string Body)
{
    public JsonElement Json { get; } = Parse(Body);

    /// <summary><c>data</c>, or an undefined element when the response has none.</summary>
    public JsonElement Data => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("data", out var data) ? data : default;

    public bool HasData => Data.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    public IReadOnlyList<JsonElement> Errors =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary><c>extensions.code</c> of every error (null where an error has none).</summary>
    public IReadOnlyList<string?> Codes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];

    /// <summary>The one error code, failing when there is not exactly one error.</summary>
    public string? Code => Assert.Single(Codes);

    /// <summary>Walks <c>data</c> by property names.</summary>
    public JsonElement At(params string[] path) => path.Aggregate(Data, (e, name) => e.GetProperty(name));

    private static JsonElement Parse(string body)
    {
        try
        {
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}

public static class GraphQLClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static Task<GraphQLResponse> GraphQLAsync(
        this HttpClient http, string query, object? variables = null, string? operationName = null,
        string accept = GraphQLResponseJson, CancellationToken ct = default) =>
        http.PostJsonAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept, ct);

    public static Task<GraphQLResponse> PostJsonAsync(this HttpClient http, string body, string accept = GraphQLResponseJson, CancellationToken ct = default) =>
        http.RawAsync(HttpMethod.Post, "/graphql", new StringContent(body, Encoding.UTF8, "application/json"), accept, ct);

    public static Task<GraphQLResponse> GetGraphQLAsync(
        this HttpClient http, string query, string? operationName = null, string accept = GraphQLResponseJson, CancellationToken ct = default)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}";
        if (operationName is not null) url += $"&operationName={Uri.EscapeDataString(operationName)}";
        return http.RawAsync(HttpMethod.Get, url, null, accept, ct);
    }

    /// <summary>Sends anything to the server; every answer is checked for leaked internals before it is returned.</summary>
    public static async Task<GraphQLResponse> RawAsync(
        this HttpClient http, HttpMethod method, string url, HttpContent? content, string? accept, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (accept is not null) request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response, body);
    }
}
