using System.Net.Mime;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Recovery.Api.Auth;
using Recovery.Api.CitizenMeasures;
using Recovery.Api.Demo;

namespace Recovery.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification), written here because the server
/// transport packages are not available: POST with JSON, GET for queries only, media types
/// negotiated by <c>Accept</c>, request-level failures as 4xx with a JSON error body.
/// </summary>
internal static class GraphQLEndpoint
{
    public const int MaxRequestBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", Post).DisableAntiforgery();
        app.MapGet("/graphql", Get);
        return app;
    }

    private static async Task Post(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (GraphQLMediaTypes.Negotiate(http) is not { } mediaType) return;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxRequestBytes;
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            await Fail(http, serializer, mediaType, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"Forespørgslen er for stor (højst {MaxRequestBytes / 1024} KB).");
            return;
        }
        if (!GraphQLMediaTypes.IsJson(http.Request.ContentType))
        {
            await Fail(http, serializer, mediaType, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Send forespørgslen som application/json.");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
            await Fail(http, serializer, mediaType,
                tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                tooLarge ? "REQUEST_TOO_LARGE" : "INVALID_JSON",
                tooLarge ? $"Forespørgslen er for stor (højst {MaxRequestBytes / 1024} KB)." : "Forespørgslen er ikke gyldig JSON.");
            return;
        }
        await Execute(http, serializer, mediaType, request, allowMutations: true);
    }

    private static async Task Get(HttpContext http, IGraphQLTextSerializer serializer, IWebHostEnvironment env, IOptions<DemoOptions> demo)
    {
        var query = http.Request.Query;
        // GraphiQL is a developer's and demonstrator's tool, not part of a production deployment.
        if (!query.ContainsKey("query") && !query.ContainsKey("documentId") && (env.IsDevelopment() || demo.Value.Enabled) && GraphQLMediaTypes.AcceptsHtml(http))
        {
            var page = env.WebRootFileProvider.GetFileInfo("graphiql.html");
            if (page.Exists)
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.SendFileAsync(page, http.RequestAborted);
            }
            else
                await Results.Problem(title: "GraphiQL er ikke bygget (kør npm run build i src/Web).", statusCode: StatusCodes.Status404NotFound)
                    .ExecuteAsync(http);
            return;
        }
        if (GraphQLMediaTypes.Negotiate(http) is not { } mediaType) return;
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"],
                DocumentId = query["documentId"] is [{ Length: > 0 } id] ? id : null,
                OperationName = query["operationName"] is [{ Length: > 0 } name] ? name : null,
                Variables = query["variables"] is [{ Length: > 0 } variables] ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = query["extensions"] is [{ Length: > 0 } extensions] ? serializer.Deserialize<Inputs>(extensions) : null,
            };
        }
        catch (Exception)
        {
            await Fail(http, serializer, mediaType, StatusCodes.Status400BadRequest, "INVALID_JSON", "variables og extensions skal være gyldig JSON.");
            return;
        }
        await Execute(http, serializer, mediaType, request, allowMutations: false);
    }

    private static async Task Execute(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, GraphQLRequest? request, bool allowMutations)
    {
        if (Refusal(http.RequestServices.GetRequiredService<TrustedDocuments>(), request, out var document) is { } refused)
        {
            await Fail(http, serializer, mediaType, StatusCodes.Status400BadRequest, refused.Code, refused.Message);
            return;
        }
        if (!allowMutations && GraphQLDocuments.SelectsMutation(document, request!.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await Fail(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Ændringer (mutations) skal sendes med POST.");
            return;
        }
        // A citizen's personal-code token is accepted here and nowhere else; its scope narrows every field to that citizen.
        var user = await CitizenTokens.UserOf(http);
        user.ToCaller()?.Enter();
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<RecoverySchema>>();
        using var activity = GraphQLTelemetry.Start();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = document;
            options.OperationName = request!.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.User = user;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
        });
        GraphQLTelemetry.Finish(activity, result);
        // Under the new media type, a document that never executed (syntax or validation error) is a 400.
        http.Response.StatusCode = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// Why the request names no document this server runs, or null with the document's text: a manifest entry by
    /// <c>documentId</c> (the GraphQL-over-HTTP persisted-documents convention), or <c>query</c> text, which under
    /// trusted documents only is accepted when it is byte for byte a manifest entry.
    /// </summary>
    private static (string Code, string Message)? Refusal(TrustedDocuments trusted, GraphQLRequest? request, out string document)
    {
        var (query, id) = (request?.Query, request?.DocumentId);
        document = (string.IsNullOrEmpty(id) ? query : trusted.Text(id)) ?? "";
        return (string.IsNullOrWhiteSpace(query), string.IsNullOrEmpty(id)) switch
        {
            (true, true) => ("QUERY_MISSING", "Forespørgslen mangler feltet query eller documentId."),
            (false, false) => ("DOCUMENT_AMBIGUOUS", "Send enten query eller documentId, ikke begge."),
            (true, false) when document.Length == 0 =>
                ("DOCUMENT_NOT_FOUND", "Denne version af Recovery kender ikke forespørgslen. Genindlæs siden."),
            (false, true) when trusted.Only && !trusted.Contains(document) =>
                ("TRUSTED_DOCUMENT_REQUIRED", "Serveren udfører kun web-klientens egne forespørgsler: send dens documentId."),
            _ => null,
        };
    }

    private static Task Fail(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string code, string message)
    {
        // A body refused unread would be taken for the next request on a kept-alive connection.
        if (status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
            http.Response.Headers.Connection = "close";
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        return serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [Errors.Error(code, message)] }, http.RequestAborted);
    }
}
