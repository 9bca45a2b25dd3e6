using GraphQL;
using GraphQL.Types;

namespace Recovery.Api.GraphQL;

internal sealed class RecoverySchema : Schema
{
    public RecoverySchema(IServiceProvider services, RecoveryQuery query, RecoveryMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        // Introspection's cost grows with the schema, not with data: counted in full, GraphiQL's own
        // schema query would soon pass the limit meant for data queries. Depth still applies to it.
        this.WithIntrospectionComplexityImpact(0.1);
    }
}
