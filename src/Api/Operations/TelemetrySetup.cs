using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Recovery.Api.GraphQL;

namespace Recovery.Api.Operations;

/// <summary>
/// OpenTelemetry traces and metrics, off unless the configuration names an exporter: with none,
/// nothing listens and the instruments cost next to nothing.
/// </summary>
internal static class TelemetrySetup
{
    public const string Section = "Recovery:Telemetry";
    public const string OrleansTracingKey = $"{Section}:OrleansTracing";

    public static readonly string[] Meters =
    [
        RecoveryMetrics.MeterName, "Microsoft.Orleans", "Npgsql",
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections",
    ];

    public static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static void AddRecoveryTelemetry(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var otlp = section["Otlp:Endpoint"];
        var console = section.GetValue<bool>("Console");
        if (string.IsNullOrEmpty(otlp) && !console) return;
        var orleans = builder.Configuration.GetValue<bool>(OrleansTracingKey);
        var serviceName = section["ServiceName"] ?? "recovery";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                // The instrumentation's url.query tag is redacted by default, so the hubs' access_token never leaves.
                tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddSource(GraphQLTelemetry.SourceName);
                if (orleans) tracing.AddSource(OrleansSources);
                if (!string.IsNullOrEmpty(otlp)) tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                if (console) tracing.AddConsoleExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters);
                if (!string.IsNullOrEmpty(otlp)) metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                if (console) metrics.AddConsoleExporter();
            });
    }
}
