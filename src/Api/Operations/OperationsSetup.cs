using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Recovery.Api.Operations;

/// <summary>Health endpoints, logs without tokens or parameter values, and telemetry when configured (docs/operations.md).</summary>
public static class OperationsSetup
{
    public const string OrleansTracingKey = TelemetrySetup.OrleansTracingKey;

    public static WebApplicationBuilder AddRecoveryOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddRecoveryHealthChecks();
        // Last, so it overrides every rule the configuration or code set, per provider as well as for all.
        builder.Services.AddOptions<LoggerFilterOptions>().PostConfigure(options =>
        {
            foreach (var provider in options.Rules.Select(r => r.ProviderName).Append(null).Distinct().ToArray())
            foreach (var category in RequestLog.QuietCategories)
                options.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.Warning, null));
        });
        builder.Services.ConfigureMarten((services, options) =>
            options.Logger(new StatementLog(services.GetRequiredService<ILoggerFactory>().CreateLogger("Marten"))));
        builder.AddRecoveryTelemetry();
        return builder;
    }

    /// <summary>First in the pipeline, so the logged status is the one sent.</summary>
    public static IApplicationBuilder UseRecoveryRequestLog(this IApplicationBuilder app) => app.UseMiddleware<RequestLog>();

    public static IEndpointRouteBuilder MapRecoveryOperations(this IEndpointRouteBuilder app) => app.MapRecoveryHealth();
}
