using System.Reflection;
using System.Text.Json;
using GraphQL.Types;
using Recovery.Api.Live;
using Recovery.Api.Workshops;

namespace Recovery.Api.Tests.Isolation;

/// <summary>What the running server offers: every Query, Mutation and Municipality field, and every hub method.</summary>
public static class Operations
{
    /// <summary>The parents whose fields are operations: Municipality's fields are where a municipality's data is read.</summary>
    private static readonly string[] Parents = ["Query", "Mutation", "Municipality"];

    private static readonly Type[] Hubs = [typeof(WorkshopHub), typeof(LiveHub)];

    public static IReadOnlyList<string> Of(ISchema schema)
    {
        schema.Initialize();
        var fields = Parents.SelectMany(p => Type(schema, p).Fields.Select(f => $"{p}.{f.Name}"));
        var methods = HubMethods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        return [.. fields.Concat(methods).Distinct()];
    }

    /// <summary>The methods a client can invoke: public, declared on the hub, not overrides of the Hub base.</summary>
    public static IEnumerable<MethodInfo> HubMethods() =>
        Hubs.SelectMany(h => h.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == h));

    public static (string Parent, string Field) Split(string operation) => operation.Split('.', 2) switch
    {
        [var parent, var field] => (parent, field),
        _ => throw new ArgumentException(operation),
    };

    /// <summary>
    /// The document that calls the field with exactly these arguments, each as a variable of the
    /// schema's own type, selecting only <c>__typename</c>: any data at all in a refusal is a leak.
    /// </summary>
    public static (string Document, Dictionary<string, object?> Variables, string[] Path) Document(
        ISchema schema, string operation, string municipality, Dictionary<string, object?> arguments)
    {
        var (parent, name) = Split(operation);
        var field = Type(schema, parent).GetField(name) ?? throw new ArgumentException($"{operation} is not in the schema.");
        var declarations = arguments.Keys.Select(a => $"${a}: {field.Arguments!.Find(a)!.ResolvedType}").ToList();
        var call = arguments.Count == 0 ? name : $"{name}({string.Join(", ", arguments.Keys.Select(a => $"{a}: ${a}"))})";
        var selection = Unwrapped(field.ResolvedType!) is IComplexGraphType ? $"{call} {{ __typename }}" : call;
        var variables = new Dictionary<string, object?>(arguments);
        if (parent == "Municipality")
        {
            declarations.Add("$matrixCode: String!");
            variables["matrixCode"] = municipality;
            selection = $"municipality(code: $matrixCode) {{ {selection} }}";
        }
        var kind = parent == "Mutation" ? "mutation" : "query";
        var head = declarations.Count == 0 ? kind : $"{kind}({string.Join(", ", declarations)})";
        return ($"{head} {{ {selection} }}", variables, parent == "Municipality" ? ["municipality", name] : [name]);
    }

    /// <summary>True when the response holds nothing at the field: null or absent somewhere along the path.</summary>
    public static bool HoldsNothing(GraphQLResponse response, string[] path)
    {
        var at = response.Data;
        foreach (var step in path)
        {
            if (at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(step, out at)) return true;
        }
        return at.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
    }

    public static string HubPath(string operation) => Split(operation).Parent == nameof(LiveHub) ? "/hubs/live" : "/hubs/workshop";

    private static IComplexGraphType Type(ISchema schema, string name) => name switch
    {
        "Query" => schema.Query,
        "Mutation" => schema.Mutation!,
        _ => (IComplexGraphType)schema.AllTypes[name]!,
    };

    private static IGraphType Unwrapped(IGraphType type) => type is IProvideResolvedType wrapper ? Unwrapped(wrapper.ResolvedType!) : type;
}
