using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Recovery.Api.Auth;
using Recovery.Api.CitizenMeasures;
using Recovery.Api.Demo;
using Recovery.Api.Exports;
using Recovery.Api.GraphQL;
using Recovery.Api.Hubs;
using Recovery.Api.ImplementationGroups;
using Recovery.Api.Live;
using Recovery.Api.Municipalities;
using Recovery.Api.NationalProgress;
using Recovery.Api.PlanOverview;
using Recovery.Api.ReferenceNetwork;
using Recovery.Api.Reports;
using Recovery.Api.Staircase;
using Recovery.Api.SteeringGroups;
using Recovery.Api.Workshops;

namespace Recovery.Api;

public static partial class RecoveryApi
{
    public const int MaxDepth = 12;
    /// <summary>
    /// A full steering-group page costs about 1,500 and the national console's page of 100 municipalities
    /// about 8,100 (each row is some 80 fields); the limit leaves room for those, not for fan-out abuse.
    /// </summary>
    public const int MaxComplexity = 10_000;
    public const string IntrospectionKey = "Recovery:GraphQL:Introspection";
    public static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(10);

    /// <summary>GraphQL, the live hub and its bridge, authentication and (when enabled) demo sign-in.</summary>
    public static IServiceCollection AddRecoveryApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDemoMode(configuration);
        services.AddRecoveryAuthentication(configuration);
        // A body our endpoints cannot bind is answered with a status, never thrown (by default Development throws, and
        // a thrown one becomes a 500); the status-code pages give it a problem+json body, described by BadRequests.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails = BadRequests.Describe);
        services.Configure<HubLimitOptions>(configuration.GetSection(HubLimitOptions.Section));
        services.AddSingleton<HubLimits>();
        services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = HubLimitOptions.TransportMessageBytes;
            o.AddFilter<HubLimits>();
        });
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol, TolerantJsonProtocol>();
        services.AddRecoveryWorkshops(configuration);
        services.AddRecoveryCitizenMeasures(configuration);
        services.AddSingleton<LiveBridge>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveBridge>());
        services.AddSingleton<SteeringGroupReader>();
        services.AddSingleton<ImplementationGroupReader>();
        services.AddSingleton<PlanOverviewReader>();
        services.AddSingleton<ProgrammeReader>();
        services.AddSingleton<ReferenceNetworkReader>();
        services.AddSingleton<ProgressReportReader>();
        services.AddSingleton<ProgressBoard>();
        services.AddSingleton<DemoSeeding>();
        services.AddSingleton<Demo.Country.DemoCountry>();
        if (configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled") && configuration.GetValue($"{DemoOptions.Section}:Seed", true))
            services.AddHostedService<DemoSeeder>();
        // The schema is a map of everything one could ask for: shown to developers and in the demo
        // (GraphiQL needs it), not to anyone who can reach a production server.
        var introspection = configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled") || configuration.GetValue<bool>(IntrospectionKey);
        services.AddGraphQL(graphql => graphql
            .AddSchema<RecoverySchema>()
            .AddGraphTypes(typeof(RecoveryApi).Assembly)
            // Danish letters stay readable in responses; they are JSON bodies, never embedded in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddComplexityAnalyzer(c => { c.MaxDepth = MaxDepth; c.MaxComplexity = MaxComplexity; })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false)
            .ConfigureExecutionOptions(options =>
            {
                options.Timeout = ExecutionTimeout;
                // Taken here: a failure while parsing or validating comes before there is an execution context to ask.
                var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Recovery.GraphQL");
                options.UnhandledExceptionDelegate = context => Translate(context, logger);
            }));
        if (!introspection) services.AddGraphQL(graphql => graphql.AddValidationRule(NoIntrospectionValidationRule.Instance));
        return services;
    }

    public static IEndpointRouteBuilder MapRecoveryApi(this IEndpointRouteBuilder app)
    {
        app.MapGraphQLEndpoint();
        app.MapHub<LiveHub>("/hubs/live");
        app.MapRecoveryWorkshops();
        app.MapRecoveryCitizenMeasures();
        app.MapExports();
        app.MapNationalConsoleExport();
        app.MapStaircaseImport();
        app.MapSignInOptions();
        app.MapDemoSignIn();
        // Unknown /auth paths (the demo's and the provider's when they are off) are a clear 404, not the web app.
        app.Map("/auth/{**rest}", () => Results.Problem(title: "Findes ikke.", statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    /// <summary>Domain refusals become errors with their code; anything else is logged and stays vague.</summary>
    private static Task Translate(UnhandledExceptionContext context, ILogger? logger)
    {
        var exception = context.OriginalException is AggregateException { InnerExceptions: [var inner] } ? inner : context.OriginalException;
        if (exception is RuleViolation violation)
        {
            context.Exception = Errors.Error(violation.Code, violation.Message);
            return Task.CompletedTask;
        }
        // The parser's own guard against documents nested thousands deep; GraphQL.NET lets it through as unexpected.
        if (exception is GraphQLMaxDepthExceededException)
        {
            context.Exception = Errors.Error("SYNTAX_ERROR", "Forespørgslen er indlejret for dybt til at blive læst.");
            return Task.CompletedTask;
        }
        if (logger is not null) LogUnexpected(logger, exception);
        context.Exception = Errors.Error("INTERNAL", "Der opstod en uventet fejl. Prøv igen om lidt.");
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Error, "A GraphQL field failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception e);
}
