using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
namespace Recovery.Testing;

/// <summary>The web client's documents as its build wrote them into the Silo's web root, the file a production server reads.</summary>
public static class UiDocuments
{
    public static string ManifestPath { get; } = Path.Combine(RepositoryRoot.Path, "src", "Silo", "wwwroot", "trusted-documents.json");

    /// <summary>Id → text, read from the web build; failing clearly when the web client is not built.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Read();

    private static Dictionary<string, string> Read()
    {
        if (!File.Exists(ManifestPath))
            throw new InvalidOperationException($"{ManifestPath} is missing: run npm ci && npm run build in src/Web first.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(ManifestPath))!;
    }

    public static GraphQLOperationDefinition Operation(string text) =>
        Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Single();

    public static string NameOf(string text) => Operation(text).Name!.StringValue;

    /// <summary>The web client's operation of that name: its id and text.</summary>
    public static (string Id, string Text) Named(string name) =>
        All.Select(d => (d.Key, d.Value)).Single(d => NameOf(d.Value) == name);

    /// <summary>Runs the web client's operation by its id, as the built client does, and returns <c>data</c>, failing on any error.</summary>
    public static async Task<JsonElement> RunAsync(HttpClient http, string name, object variables, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/graphql", new { documentId = Named(name).Id, operationName = name, variables }, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"{name} failed: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>
    /// Values for every variable of the document that pass validation, and the costliest the analyzer can see:
    /// every Int is a full page (100), the most a list argument accepts.
    /// </summary>
    public static Dictionary<string, object?> SampleVariables(string text, ISchema schema) =>
        Operation(text).Variables?.Items.ToDictionary(v => v.Variable.Name.StringValue, v => Sample(v.Type, schema)) ?? [];

    private static object? Sample(GraphQLType type, ISchema schema) => type switch
    {
        GraphQLNonNullType nonNull => Sample(nonNull.Type, schema),
        GraphQLListType list => new[] { Sample(list.Type, schema) },
        GraphQLNamedType named => Sample(schema.AllTypes[named.Name.StringValue]!),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static object? Sample(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Sample(nonNull.ResolvedType!),
        ListGraphType list => new[] { Sample(list.ResolvedType!) },
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType input => input.Fields
            .Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue is null)
            .ToDictionary(f => f.Name, f => Sample(f.ResolvedType!)),
        IntGraphType or LongGraphType => 100,
        FloatGraphType or DecimalGraphType => 1.5,
        BooleanGraphType => true,
        IdGraphType => "x",
        StringGraphType => "657",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name),
    };
}
