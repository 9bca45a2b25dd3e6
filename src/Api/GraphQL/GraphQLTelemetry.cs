using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQLParser.AST;

namespace Recovery.Api.GraphQL;

/// <summary>
/// One activity and one count per executed operation, tagged with the operation's type, name and
/// outcome code. Never the query text or its variables: they carry what people wrote.
/// </summary>
internal static class GraphQLTelemetry
{
    public const string SourceName = "Recovery.GraphQL";
    public const string TypeTag = "graphql.operation.type";
    public const string NameTag = "graphql.operation.name";
    public const string OutcomeTag = "recovery.graphql.outcome";

    private static readonly ActivitySource Source = new(SourceName);

    private static readonly Counter<long> Operations = RecoveryMetrics.Meter.CreateCounter<long>(
        "recovery.graphql.operations", "{operation}", "GraphQL operations executed, by type and outcome code.");

    public static Activity? Start() => Source.StartActivity("GraphQL");

    public static void Finish(Activity? activity, ExecutionResult result)
    {
        var type = result.Operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        var outcome = result.Errors is [var first, ..] ? first.Code ?? "ERROR" : "OK";
        Operations.Add(1, new KeyValuePair<string, object?>(TypeTag, type), new KeyValuePair<string, object?>(OutcomeTag, outcome));
        if (activity is null) return;
        var name = result.Operation?.Name?.StringValue;
        activity.DisplayName = name is null ? $"GraphQL {type}" : $"GraphQL {type} {name}";
        activity.SetTag(TypeTag, type);
        if (name is not null) activity.SetTag(NameTag, name);
        activity.SetTag(OutcomeTag, outcome);
        if (outcome != "OK") activity.SetStatus(ActivityStatusCode.Error, outcome);
    }
}
