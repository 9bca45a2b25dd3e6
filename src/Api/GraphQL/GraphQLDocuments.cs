using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Recovery.Api.GraphQL;

internal static class GraphQLDocuments
{
    /// <summary>
    /// True when the operation that would run is a mutation. An unparseable document is left to
    /// the executer, which reports the syntax error in the usual shape.
    /// </summary>
    public static bool SelectsMutation(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return false;
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToArray();
        var selected = operationName is null
            ? operations.Length == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }
}
