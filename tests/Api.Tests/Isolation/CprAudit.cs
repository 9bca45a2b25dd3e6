using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// Every place a person can type text into a mutation, found in the running schema: each string
/// argument or input field, at any depth, that is not an id, a code or a date. A new one is audited
/// by default; only the names below are exempt, each with the reason.
/// </summary>
public static class CprAudit
{
    public const string Cpr = "Borgeren 010203-1234 har det bedre";

    /// <summary>Strings that are not free text: a person picks or the client fills them in; each is checked for its own shape.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotFreeText = new Dictionary<string, string>
    {
        ["municipalityCode"] = "en kommunekode fra kataloget",
        ["slug"] = "en gruppes adresse, kun a-z, 0-9 og bindestreg",
        ["pseudonym"] = "et pseudonym, som serveren har udstedt",
        ["quarter"] = "et kvartal, fx 2026K3",
        ["due"] = "en dato",
        ["starts"] = "en dato",
        ["until"] = "en dato",
        ["startsAt"] = "et tidspunkt",
        ["statement"] = "et udsagns nummer, fx 1.1",
        ["instrument"] = "et måleredskabs navn",
        ["respondentIds"] = "personers id'er",
        ["ownStaffIds"] = "personers id'er",
    };

    /// <summary>Mutation, argument and input field paths (<c>addPlanItem.input.title</c>, lists as <c>[]</c>) of every free-text string.</summary>
    public static IReadOnlyList<string> FreeTextArguments(ISchema schema)
    {
        schema.Initialize();
        return [.. schema.Mutation!.Fields.SelectMany(f => (f.Arguments ?? []).SelectMany(a => Walk(a.ResolvedType!, $"{f.Name}.{a.Name}", a.Name, [])))];
    }

    private static IEnumerable<string> Walk(IGraphType type, string path, string name, HashSet<IGraphType> seen) => type switch
    {
        NonNullGraphType n => Walk(n.ResolvedType!, path, name, seen),
        ListGraphType l => Walk(l.ResolvedType!, $"{path}[]", name, seen),
        IInputObjectGraphType input when seen.Add(input) => input.Fields.SelectMany(f => Walk(f.ResolvedType!, $"{path}.{f.Name}", f.Name, [.. seen])),
        StringGraphType when !NotFreeText.ContainsKey(name) => [path],
        _ => [],
    };

    /// <summary>The catalogue's arguments for the mutation with the text at the path; list elements are made or the first one is used.</summary>
    public static Dictionary<string, object?> WithText(Dictionary<string, object?> arguments, string path, string text)
    {
        var root = JsonSerializer.SerializeToNode(arguments)!.AsObject();
        var steps = path.Split('.').Skip(1).ToArray();
        JsonNode node = root;
        for (var i = 0; i < steps.Length; i++)
        {
            var (name, list) = steps[i].EndsWith("[]", StringComparison.Ordinal) ? (steps[i][..^2], true) : (steps[i], false);
            var last = i == steps.Length - 1;
            var parent = node.AsObject();
            if (list)
            {
                if (parent[name] is not JsonArray array || array.Count == 0)
                    parent[name] = array = [last ? null : ListElement(path)];
                if (last) { array[0] = text; return Plain(root); }
                node = array[0]!;
            }
            else if (last) parent[name] = text;
            else node = parent[name] ??= new JsonObject();
        }
        return Plain(root);
    }

    /// <summary>What a list of inputs needs besides the text, where the catalogue's call has no element to borrow.</summary>
    private static JsonObject ListElement(string path) => path switch
    {
        _ when path.StartsWith("recordDecision.", StringComparison.Ordinal) => new() { ["prerequisite"] = 2, ["title"] = "Handling" },
        _ when path.StartsWith("recordGroupDecision.", StringComparison.Ordinal) => new() { ["title"] = "Handling", ["principles"] = new JsonArray(1) },
        _ => [],
    };

    private static Dictionary<string, object?> Plain(JsonObject root) =>
        root.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
}
