using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Recovery.Api.Operations;

/// <summary>
/// One line per request in place of ASP.NET Core's own, which writes the whole URL: the SignalR
/// client sends its token as <c>access_token</c> in the query string, and GraphQL GET carries
/// variables there. This line names the query's keys and never a value.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>
    /// Kept at Warning and above whatever the configuration says: ASP.NET Core's request lines write
    /// the whole URL, SignalR's dispatcher writes every hub call's arguments (the text people type), and
    /// the OpenID Connect handler writes the provider's redirect with its state and the callback's code.
    /// </summary>
    public static readonly string[] QuietCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher",
        "Microsoft.AspNetCore.Authentication.OpenIdConnect",
    ];

    public async Task InvokeAsync(HttpContext http)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(http);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            LogRequest(http.Request.Method, http.Request.Path.Value ?? "", string.Join(",", http.Request.Query.Keys),
                http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Method} {Path} (query keys: {QueryKeys}) answered {StatusCode} in {ElapsedMs:0.0} ms")]
    private partial void LogRequest(string method, string path, string queryKeys, int statusCode, double elapsedMs);
}
