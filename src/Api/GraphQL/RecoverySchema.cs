using GraphQL.Types;

namespace Recovery.Api.GraphQL;

internal sealed class RecoverySchema : Schema
{
    public RecoverySchema(IServiceProvider services, RecoveryQuery query, RecoveryMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
