namespace Recovery.Testing.Fuzzing;

/// <summary>
/// Proposals for <c>WorkshopHub.Submit</c> that are wrong in meaning, not only in form. Each carries at
/// least one poison that alone makes the room refuse it whoever sends it (a revision that cannot exist,
/// an id that is not an id, an item that does not exist, a value out of range), so none can store anything.
/// </summary>
public static class ProposalFuzz
{
    private static readonly string[] BadIds = ["", " ", "../x", "a b", "æ", "p\u0000", new string('p', 65), "p/1", "<p>"];

    public static string Malformed(Random random, FuzzTarget target)
    {
        var id = Junk.Quote($"p-fuzz-{random.Next():x}");
        var item = Junk.Quote(target.Items[random.Next(target.Items.Count)]);
        var missing = Junk.Quote($"i-fuzz-{random.Next():x}");
        var plausible = Plausible(random, item);
        return random.Next(17) switch
        {
            0 => Proposal(id, $"-{random.Next(1, int.MaxValue)}", plausible),
            1 => Proposal(Junk.Quote(BadIds[random.Next(BadIds.Length)]), "0", plausible),
            2 => random.Next(3) switch
            {
                0 => $$"""{"base":0,"command":{{plausible}}}""",
                1 => $$"""{"id":{{id}},"base":0}""",
                _ => $$"""{"id":{{id}},"base":0,"command":null}""",
            },
            3 => Proposal(id, "0", $$"""{"kind":{{Junk.Quote(random.Next(2) == 0 ? "delete-all" : Junk.String(random))}},"item":{{item}}}"""),
            4 => Proposal(id, "0", $$"""{"kind":"text","item":{{missing}},"field":"description","op":["x"]}"""),
            5 => Proposal(id, "0", $$"""{"kind":"text","item":{{item}},"field":{{Junk.Quote(random.Next(2) == 0 ? "status" : Junk.String(random))}},"op":["x"]}"""),
            6 => Proposal(id, "0", $$"""{"kind":"text","item":{{item}},"field":"description","op":{{HopelessOp(random)}}}"""),
            7 => Proposal(id, "0", $$"""{"kind":"text","item":{{item}},"field":"title","op":{{Junk.Json(random)}},"extra":{{Junk.Json(random)}}}""".Replace("\"op\":[", "\"op\":[true,", StringComparison.Ordinal)),
            8 => Proposal(id, "0", $$"""{"kind":"field","item":{{missing}},"field":"status","value":"done"}"""),
            9 => Proposal(id, "0", random.Next(3) switch
            {
                0 => $$"""{"kind":"field","item":{{item}},"field":"status","value":{{Junk.Quote(Junk.String(random) + "!")}}}""",
                1 => $$"""{"kind":"field","item":{{item}},"field":"due","value":{{Junk.Quote(random.Next(2) == 0 ? "1999-12-31" : "31-12-2026")}}}""",
                _ => $$"""{"kind":"field","item":{{item}},"field":{{Junk.Quote(random.Next(2) == 0 ? "title" : "x" + Junk.String(random))}},"value":"x"}""",
            }),
            10 => Proposal(id, "0", random.Next(3) switch
            {
                0 => $$"""{"kind":"item","item":{{Junk.Quote($"i-fuzz-{random.Next():x}")}},"prerequisite":{{(random.Next(2) == 0 ? 0 : random.Next(9, 1000))}},"title":"Fjendtligt"}""",
                1 => $$"""{"kind":"item","item":{{Junk.Quote($"i-fuzz-{random.Next():x}")}},"prerequisite":3,"title":{{Junk.Quote(random.Next(2) == 0 ? " " : new string('t', random.Next(201, 5000)))}}}""",
                _ => $$"""{"kind":"item","item":{{(random.Next(2) == 0 ? item : Junk.Quote(BadIds[random.Next(BadIds.Length)]))}},"prerequisite":3,"title":"Fjendtligt"}""",
            }),
            11 => Proposal(id, "0", $$"""{"kind":"dot","item":{{(random.Next(2) == 0 ? missing : item)}},"delta":{{new[] { 0, 2, -2, 5, 1000, int.MinValue }[random.Next(6)]}}}"""),
            12 => Proposal(id, "0", $$"""{"kind":"voting","dots":{{new[] { -1, 11, 1000, int.MinValue }[random.Next(4)]}},"anonymous":true}"""),
            13 => Proposal(id, "0", $$"""{"kind":"agenda","point":{{new[] { -1, 2, 99, int.MaxValue }[random.Next(4)]}}}"""),
            14 => Proposal(id, "0", $$"""{"kind":"timer","seconds":{{new[] { 0, -1, 7201, int.MaxValue }[random.Next(4)]}}}"""),
            15 => Proposal(id, "0", $$"""{"kind":"spotlight","item":{{missing}}}"""),
            _ => Proposal(id, new[] { "1e12", "1000000000000", "\"-1\"", "null", "1.5", "[]" }[random.Next(6)], plausible),
        };
    }

    private static string Proposal(string id, string revision, string command) => $$"""{"id":{{id}},"base":{{revision}},"command":{{command}}}""";

    /// <summary>A command that could be valid: only the poison around it makes the proposal wrong.</summary>
    private static string Plausible(Random random, string item) => random.Next(3) switch
    {
        0 => $$"""{"kind":"text","item":{{item}},"field":"description","op":["hej"]}""",
        1 => $$"""{"kind":"field","item":{{item}},"field":"status","value":"done"}""",
        _ => """{"kind":"timer","seconds":60}""",
    };

    /// <summary>An operation that fits no text a plan item can hold: longer than any, too many steps, or too much inserted.</summary>
    private static string HopelessOp(Random random) => random.Next(4) switch
    {
        0 => $"[{random.Next(1_000_000, int.MaxValue)}]",
        1 => $"[-{random.Next(1_000_000, int.MaxValue)}]",
        2 => "[" + string.Join(",", Enumerable.Repeat("\"a\",1000000", 250)) + "]",
        _ => $"[{Junk.Quote(new string('æ', random.Next(4_001, 6_000)))},1000000]",
    };
}
