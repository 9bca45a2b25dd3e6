using System.Net.Mime;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Recovery.Api.GraphQL;

/// <summary>Content negotiation of GraphQL over HTTP: the newer graphql-response media type unless the client asks for plain JSON.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>Picks the response media type from <c>Accept</c>, or answers 406 and returns null.</summary>
    public static string? Negotiate(HttpContext http)
    {
        var accept = http.Request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return GraphQLResponseJson;
        // q=0 means "not this one".
        foreach (var type in accept.Where(a => (a.Quality ?? 1) > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return GraphQLResponseJson;
            if (type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)) return MediaTypeNames.Application.Json;
            if (type.MediaType.Equals("*/*") || type.MediaType.Equals("application/*")) return GraphQLResponseJson;
        }
        http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
        return null;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase);

    public static bool AcceptsHtml(HttpContext http) =>
        http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
