using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Recovery.Api.Operations;

/// <summary>
/// <c>/alive</c> (the process answers) and <c>/health</c> (ready: PostgreSQL and the silo answer).
/// Anonymous and outside every rate limit, so an orchestrator is never refused; the answer names
/// checks and states only, never an exception or a connection string.
/// </summary>
internal static class HealthEndpoints
{
    public const string Ready = "ready";
    private static readonly TimeSpan PostgresTimeout = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddRecoveryHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: [Ready], timeout: PostgresTimeout)
            .AddCheck<SiloHealthCheck>("silo", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapRecoveryHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/alive", Options(_ => false)).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health", Options(check => check.Tags.Contains(Ready))).AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = Write,
    };

    private static Task Write(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(new
        {
            status = State(report.Status),
            checks = report.Entries.ToDictionary(e => e.Key, e => State(e.Value.Status)),
        });

    private static string State(HealthStatus status) => status == HealthStatus.Healthy ? "ok" : "unavailable";
}
