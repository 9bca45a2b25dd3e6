using System.Text;

namespace Recovery.Testing.Fuzzing;

/// <summary>One hostile HTTP request: to <c>/graphql</c> or one of the other doors that take a body.</summary>
public sealed record HttpCase(string Kind, string Method, string Path, string? ContentType, byte[] Body, FuzzCaller Caller);

/// <summary>
/// Hostile GraphQL-over-HTTP requests: real documents cut up token by token, nesting thousands deep,
/// thousands of aliases, batches, broken UTF-8 and JSON, wrong media types, giant and mistyped
/// variables, null bytes, random tokens, and junk bodies to the other POST endpoints.
/// </summary>
public static class GraphQLFuzz
{
    public const int Battery = 1;

    private static readonly string[] MediaTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
        "application/graphql", "application/xml", "*/*", "application/json; charset=utf-8; x=\"", "application/jsonx", "",
    ];

    private delegate HttpCase Make(Random random, FuzzCaller caller);

    private static readonly (string Kind, int Weight, Make Make)[] Kinds =
    [
        ("dokument klippet i stykker", 30, Mutated),
        ("dybe indlejringer", 6, Deep),
        ("mange aliasser", 6, Aliases),
        ("batch af forespørgsler", 4, Batch),
        ("ødelagt UTF-8", 8, (r, c) => Post("ødelagt UTF-8", Junk.BreakUtf8(Body(Pick(r)), r), c)),
        ("ugyldig JSON", 8, InvalidJson),
        ("forkert medietype", 5, (r, c) => Post("forkert medietype", Body(Pick(r)), c, MediaTypes[r.Next(MediaTypes.Length)])),
        ("kæmpe variabler", 5, GiantVariables),
        ("variabler af forkert type", 10, WrongVariables),
        ("nul-byte", 4, NullBytes),
        ("tilfældige tokens", 8, (r, c) => Post("tilfældige tokens", Body(RandomTokens(r), "{}"), c)),
        ("GET med ændring eller skrammel", 3, Get),
        ("andre døre med skrammel", 3, OtherDoors),
    ];

    private static readonly int TotalWeight = Kinds.Sum(k => k.Weight);

    public static HttpCase Case(int seed, int index)
    {
        var random = CaseRandom.For(seed, index, Battery);
        var caller = random.Next(10) switch
        {
            < 6 => FuzzCaller.Staff,
            6 or 7 => FuzzCaller.Anonymous,
            8 => FuzzCaller.Forged,
            _ => FuzzCaller.Stranger,
        };
        var pick = random.Next(TotalWeight);
        foreach (var (_, weight, make) in Kinds)
        {
            if (pick < weight) return make(random, caller);
            pick -= weight;
        }
        throw new InvalidOperationException("unreachable");
    }

    private static GraphQLSeeds.Seed Pick(Random random) => GraphQLSeeds.All[random.Next(GraphQLSeeds.All.Length)];

    private static HttpCase Post(string kind, byte[] body, FuzzCaller caller, string? contentType = "application/json") =>
        new(kind, "POST", "/graphql", contentType, body, caller);

    private static byte[] Body(GraphQLSeeds.Seed seed) => Body(seed.Document, seed.Variables);

    private static byte[] Body(string document, string variables) =>
        Encoding.UTF8.GetBytes($$"""{"query":{{Junk.Quote(document)}},"variables":{{variables}}}""");

    private static HttpCase Mutated(Random random, FuzzCaller caller)
    {
        var seed = Pick(random);
        return Post("dokument klippet i stykker", Body(MutateDocument(random, seed.Document), seed.Variables), caller);
    }

    /// <summary>Deletes, repeats, swaps and splices tokens of a real document, and sometimes cuts it short.</summary>
    public static string MutateDocument(Random random, string document)
    {
        var tokens = Tokenize(document);
        for (var n = random.Next(1, 6); n > 0 && tokens.Count > 0; n--)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(5))
            {
                case 0: tokens.RemoveAt(at); break;
                case 1: tokens.Insert(at, tokens[at]); break;
                case 2: (tokens[at], tokens[^1]) = (tokens[^1], tokens[at]); break;
                case 3: tokens.Insert(at, GraphQLSeeds.Tokens[random.Next(GraphQLSeeds.Tokens.Length)]); break;
                default: tokens.RemoveRange(at, tokens.Count - at); break;
            }
        }
        return string.Join(' ', tokens);
    }

    private static List<string> Tokenize(string document)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        var inString = false;
        foreach (var c in document)
        {
            if (inString)
            {
                word.Append(c);
                if (c == '"') { tokens.Add(word.ToString()); word.Clear(); inString = false; }
                continue;
            }
            if (char.IsLetterOrDigit(c) || c is '_' or '$' or '-' or '+' or '.')
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0) { tokens.Add(word.ToString()); word.Clear(); }
            if (c == '"') { word.Append(c); inString = true; }
            else if (!char.IsWhiteSpace(c)) tokens.Add(c.ToString());
        }
        if (word.Length > 0) tokens.Add(word.ToString());
        return tokens;
    }

    private static HttpCase Deep(Random random, FuzzCaller caller)
    {
        var depth = random.Next(4) switch { 0 => random.Next(1_000, 5_000), 1 => random.Next(5_000, 20_000), 2 => random.Next(20_000, 100_001), _ => random.Next(13, 1_000) };
        return random.Next(4) switch
        {
            0 => Post("dybe indlejringer", Body("query {" + string.Concat(Enumerable.Repeat(" me {", depth)) + " name" + new string('}', depth + 1), "{}"), caller),
            1 => Post("dybe indlejringer", Body("{" + new string('{', depth) + new string('}', depth) + "}", "{}"), caller),
            2 => Post("dybe indlejringer", Body(GraphQLSeeds.All[2].Document, $$"""{"code":{{Junk.Nested(depth)}}}"""), caller),
            _ => Post("dybe indlejringer", Encoding.UTF8.GetBytes(Junk.Nested(depth)), caller),
        };
    }

    private static HttpCase Aliases(Random random, FuzzCaller caller)
    {
        var count = random.Next(2) == 0 ? random.Next(100, 1_000) : random.Next(1_000, 20_000);
        var field = random.Next(3) switch { 0 => "me { name }", 1 => "municipalities { code name }", _ => "__typename" };
        var document = "{" + string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}: {field}")) + " }";
        return Post("mange aliasser", Body(document, "{}"), caller);
    }

    private static HttpCase Batch(Random random, FuzzCaller caller)
    {
        var count = random.Next(2, random.Next(2) == 0 ? 50 : 3_000);
        var requests = Enumerable.Range(0, count).Select(_ => Encoding.UTF8.GetString(Body(Pick(random))));
        return Post("batch af forespørgsler", Encoding.UTF8.GetBytes("[" + string.Join(",", requests) + "]"), caller);
    }

    private static HttpCase InvalidJson(Random random, FuzzCaller caller)
    {
        var valid = Body(Pick(random));
        var body = random.Next(6) switch
        {
            0 => valid[..random.Next(valid.Length)],
            1 => [.. valid, .. "}}garbage"u8.ToArray()],
            2 => Junk.Bytes(random, random.Next(1, 2_000)),
            3 => Encoding.UTF8.GetBytes(Junk.Json(random)),
            4 => Encoding.UTF8.GetBytes("{'query': '{ me { name } }'}"),
            _ => Encoding.UTF8.GetBytes("{\"query\":\"{ me { name } }\",\"variables\":" + Junk.Json(random) + ",\"operationName\":" + Junk.Json(random) + ",\"extensions\":" + Junk.Json(random) + "}"),
        };
        return Post("ugyldig JSON", body, caller);
    }

    private static HttpCase GiantVariables(Random random, FuzzCaller caller)
    {
        var size = random.Next(3) switch { 0 => random.Next(1_000, 60_000), 1 => random.Next(60_000, 70_000), _ => random.Next(70_000, 2_000_000) };
        var variables = random.Next(3) switch
        {
            0 => $$"""{"code":{{Junk.Quote(new string('7', size))}}}""",
            1 => "{\"code\":[" + string.Join(",", Enumerable.Repeat("\"657\"", size / 6)) + "]}",
            _ => $$$"""{"input":{"municipalityCode":"999","id":"i-fuzz","prerequisite":3,"title":{{{Junk.Quote(new string('t', size))}}}}}""",
        };
        return Post("kæmpe variabler", Body(Pick(random).Document, variables), caller);
    }

    private static HttpCase WrongVariables(Random random, FuzzCaller caller)
    {
        var seed = Pick(random);
        var name = random.Next(4) switch { 0 => "code", 1 => "input", 2 => "id", _ => Junk.String(random) };
        var variables = random.Next(4) switch
        {
            0 => Junk.Json(random),
            1 => $$"""{{{Junk.Quote(name)}}:{{Junk.Json(random)}}}""",
            2 => $$$"""{"input":{"municipalityCode":"999","id":{{{Junk.Json(random, 1)}}},"prerequisite":{{{Junk.Json(random, 1)}}},"title":{{{Junk.Json(random, 1)}}}}}""",
            _ => $$"""{"code":"999","input":{{Junk.Json(random)}},"id":{{Junk.Json(random)}}}""",
        };
        return Post("variabler af forkert type", Body(seed.Document, variables), caller);
    }

    private static HttpCase NullBytes(Random random, FuzzCaller caller)
    {
        var seed = Pick(random);
        var document = seed.Document.Insert(random.Next(seed.Document.Length + 1), "\0");
        var body = Body(document, seed.Variables);
        if (random.Next(2) == 0) body = [.. body[..random.Next(body.Length)], 0, .. body[random.Next(body.Length)..]];
        return Post("nul-byte", body, caller);
    }

    private static string RandomTokens(Random random) =>
        string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, random.Next(1, 200)).Select(_ => random.Next(3) == 0 ? Junk.String(random) : GraphQLSeeds.Tokens[random.Next(GraphQLSeeds.Tokens.Length)]));

    private static HttpCase Get(Random random, FuzzCaller caller)
    {
        var seed = Pick(random);
        var query = random.Next(3) switch { 0 => seed.Document, 1 => RandomTokens(random), _ => MutateDocument(random, seed.Document) };
        var path = $"/graphql?query={Uri.EscapeDataString(query)}&variables={Uri.EscapeDataString(random.Next(2) == 0 ? seed.Variables : Junk.Json(random))}";
        return new HttpCase("GET med ændring eller skrammel", "GET", path, null, [], caller);
    }

    /// <summary>
    /// The guest door, demo sign-in, citizens' sign-in and the staircase import, with junk. Import only where it is refused
    /// whatever the file says: into a municipality that does not exist, or another municipality's.
    /// </summary>
    private static HttpCase OtherDoors(Random random, FuzzCaller caller)
    {
        var path = random.Next(4) switch { 0 => "/workshops/guests", 1 => "/auth/demo-token", 2 => "/citizens/sign-in", _ => random.Next(2) == 0 ? "/imports/999/staircase" : "/imports/265/staircase" };
        var body = random.Next(5) switch
        {
            0 => Encoding.UTF8.GetBytes(Junk.Json(random)),
            1 => Junk.Bytes(random, random.Next(1, 5_000)),
            2 => Junk.BreakUtf8(Encoding.UTF8.GetBytes("""{"code":"ABC1234","name":"Gæst","user":"herning-tovholder"}"""), random),
            3 => Encoding.UTF8.GetBytes($$"""{"code":{{Junk.Quote(new string('k', random.Next(1, 3_000_000)))}}}"""),
            _ => Encoding.UTF8.GetBytes(Junk.Nested(random.Next(10, 50_000))),
        };
        var type = random.Next(4) == 0 ? MediaTypes[random.Next(MediaTypes.Length)] : path.StartsWith("/imports", StringComparison.Ordinal) ? "text/csv" : "application/json";
        return new HttpCase("andre døre med skrammel", "POST", path, type, body, path == "/imports/265/staircase" ? FuzzCaller.Staff : caller);
    }
}
