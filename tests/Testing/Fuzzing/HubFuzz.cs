using System.Text;

namespace Recovery.Testing.Fuzzing;

public enum FuzzHub { Workshop, Live }

/// <summary>
/// One hostile exchange with a hub: raw bytes for one WebSocket message (several hub messages, half of
/// one, or junk), sent on a connection of <see cref="Caller"/>; with <see cref="Handshake"/>, on a fresh
/// connection that opens with those bytes instead of a proper handshake.
/// </summary>
public sealed record HubCase(string Kind, FuzzHub Hub, FuzzCaller Caller, byte[] Frames, bool Binary = false, byte[]? Handshake = null)
{
    public string Path => Hub == FuzzHub.Workshop ? "/hubs/workshop" : "/hubs/live";
}

/// <summary>
/// Hostile SignalR traffic in the JSON hub protocol (messages end with the record separator 0x1E):
/// broken handshakes, unknown targets, wrong argument counts and types, malformed proposals, abused
/// invocation ids, stream and other message types, binary junk, deep JSON, oversized arguments.
/// </summary>
public static class HubFuzz
{
    public const int Battery = 2;
    public const byte Separator = 0x1E;

    private static readonly string[] WorkshopTargets = ["Join", "CatchUp", "Submit", "Focus", "Leave"];
    private static readonly string[] LiveTargets = ["Follow", "Unfollow"];

    private delegate HubCase Make(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target);

    private static readonly (string Kind, int Weight, Make Make)[] Kinds =
    [
        ("ødelagt håndtryk", 3, Handshake),
        ("ukendt metode", 6, (r, h, c, t) => new("ukendt metode", h, c, Invocation(Id(r), Junk.String(r), Args(r)))),
        ("forkert antal eller type argumenter", 14, WrongArguments),
        ("ugyldigt forslag (Submit)", 32, (r, h, c, t) => new("ugyldigt forslag (Submit)", FuzzHub.Workshop, c,
            Invocation(Id(r), "Submit", $"[{Junk.Quote(Workshop(r, t))},{ProposalFuzz.Malformed(r, t)}]"))),
        ("rum-kald med skrammel", 8, RoomJunk),
        ("Follow med skrammel", 8, (r, h, c, t) => new("Follow med skrammel", FuzzHub.Live, c,
            Invocation(Id(r), r.Next(4) == 0 ? "Unfollow" : "Follow", $"[{Junk.Quote(Stream(r))}]"))),
        ("misbrug af invocationId", 5, InvocationIds),
        ("stream- og andre beskedtyper", 6, MessageTypes),
        ("binært skrammel", 4, (r, h, c, t) => new("binært skrammel", h, c, [.. Junk.Bytes(r, r.Next(1, 4_000)), Separator], Binary: r.Next(2) == 0)),
        ("ødelagt UTF-8", 3, (r, h, c, t) => new("ødelagt UTF-8", h, c,
            [.. Junk.BreakUtf8(Encoding.UTF8.GetBytes(Text(Id(r), Target(r, h), $"[{Junk.Quote(Workshop(r, t))},null,false]")), r), Separator])),
        ("dyb JSON", 3, (r, h, c, t) => new("dyb JSON", h, c, Invocation(Id(r), Target(r, h), $"[{Junk.Quote(Workshop(r, t))},{Junk.Nested(r.Next(65, 10_000))}]"))),
        ("for store argumenter", 4, Oversized),
        ("mange beskeder i én ramme", 3, (r, h, c, t) => new("mange beskeder i én ramme", h, c,
            [.. Enumerable.Range(0, r.Next(2, 40)).SelectMany(_ => Invocation(Id(r), Target(r, h), Args(r)))])),
        ("halv besked uden separator", 3, (r, h, c, t) =>
        {
            var whole = Invocation(Id(r), Target(r, h), Args(r));
            return new("halv besked uden separator", h, c, whole[..r.Next(1, whole.Length - 1)]);
        }),
    ];

    private static readonly int TotalWeight = Kinds.Sum(k => k.Weight);

    public static HubCase Case(int seed, int index, FuzzTarget target)
    {
        var random = CaseRandom.For(seed, index, Battery);
        var hub = random.Next(4) == 0 ? FuzzHub.Live : FuzzHub.Workshop;
        var caller = random.Next(20) switch
        {
            < 10 => FuzzCaller.Staff,
            < 16 => hub == FuzzHub.Workshop ? FuzzCaller.Guest : FuzzCaller.Staff,
            < 18 => FuzzCaller.Stranger,
            18 => FuzzCaller.Anonymous,
            _ => FuzzCaller.Forged,
        };
        var pick = random.Next(TotalWeight);
        foreach (var (_, weight, make) in Kinds)
        {
            if (pick < weight) return make(random, hub, caller, target);
            pick -= weight;
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// The question sent after every case on the same connection: its answer says the case was dealt with. A real hub
    /// method, so it waits its turn behind the case's calls (an unknown one would be answered at once), with an
    /// argument that changes nothing: no workshop has that key, and no one follows that stream.
    /// </summary>
    public static byte[] Probe(FuzzHub hub, string id) => Invocation(id, hub == FuzzHub.Workshop ? "Leave" : "Unfollow", """["~probe"]""");

    public static byte[] Invocation(string? id, string target, string arguments) => [.. Encoding.UTF8.GetBytes(Text(id, target, arguments)), Separator];

    private static string Text(string? id, string target, string arguments) =>
        id is null
            ? $$"""{"type":1,"target":{{Junk.Quote(target)}},"arguments":{{arguments}}}"""
            : $$"""{"type":1,"invocationId":{{Junk.Quote(id)}},"target":{{Junk.Quote(target)}},"arguments":{{arguments}}}""";

    private static string? Id(Random random) => random.Next(8) == 0 ? null : $"f{random.Next()}";

    private static string Target(Random random, FuzzHub hub) =>
        hub == FuzzHub.Workshop ? WorkshopTargets[random.Next(WorkshopTargets.Length)] : LiveTargets[random.Next(LiveTargets.Length)];

    private static string Args(Random random) => "[" + string.Join(",", Enumerable.Range(0, random.Next(6)).Select(_ => Junk.Json(random))) + "]";

    /// <summary>The open workshop mostly; otherwise a key that is malformed, unknown, or another municipality's.</summary>
    public static string Workshop(Random random, FuzzTarget target) => random.Next(10) switch
    {
        < 7 => target.Workshop,
        7 => target.Workshop.Replace("657/", "265/", StringComparison.Ordinal),
        8 => $"657/workshop/w-fuzz-{random.Next():x}",
        _ => Junk.String(random),
    };

    private static string Stream(Random random) => random.Next(10) switch
    {
        0 => "steering:657",
        1 => "steering:265",
        2 => "national",
        3 => $"impl:657:{Junk.String(random)}",
        4 => $"temperature:657:t-fuzz-{random.Next()}",
        5 => $"case-review:999:{Junk.String(random)}",
        6 => "municipality:" + Junk.String(random),
        7 => new string(':', random.Next(1, 5000)),
        _ => Junk.String(random),
    };

    private static HubCase Handshake(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target)
    {
        var text = random.Next(8) switch
        {
            0 => """{"protocol":"messagepack","version":1}""",
            1 => """{"protocol":"json","version":99}""",
            2 => """{"protocol":"json","version":"1"}""",
            3 => """{"protocol":"json"}""",
            4 => Junk.Json(random),
            5 => """{"protocol":"json","version":1""",
            6 => """{"protocol":""" + Junk.Quote(new string('j', random.Next(1_000, 40_000))) + ""","version":1}""",
            _ => Encoding.Latin1.GetString(Junk.Bytes(random, random.Next(1, 200))),
        };
        return new("ødelagt håndtryk", hub, caller, [], Handshake: [.. Encoding.UTF8.GetBytes(text), Separator]);
    }

    private static HubCase WrongArguments(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target)
    {
        var count = random.Next(6);
        var arguments = "[" + string.Join(",", Enumerable.Range(0, count).Select(i => i == 0 && random.Next(2) == 0 ? Junk.Quote(Workshop(random, target)) : Junk.Json(random))) + "]";
        var text = random.Next(5) == 0
            ? $$"""{"type":1,"invocationId":"w{{random.Next()}}","target":{{Junk.Quote(Target(random, hub))}},"arguments":{{Junk.Json(random)}}}"""
            : Text(Id(random), Target(random, hub), arguments);
        return new("forkert antal eller type argumenter", hub, caller, [.. Encoding.UTF8.GetBytes(text), Separator]);
    }

    /// <summary>Join, CatchUp, Focus and Leave with arguments of the right kinds but hostile values.</summary>
    private static HubCase RoomJunk(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target)
    {
        var workshop = Junk.Quote(Workshop(random, target));
        var since = new[] { "-1", "9223372036854775807", "-9223372036854775808", "null", "0" }[random.Next(5)];
        var item = random.Next(2) == 0 ? Junk.Quote(target.Items[0]) : Junk.Quote(Junk.String(random));
        var (name, arguments) = random.Next(4) switch
        {
            0 => ("Join", $"[{workshop},{since},{(random.Next(2) == 0 ? "true" : "false")}]"),
            1 => ("CatchUp", $"[{workshop},{since.Replace("null", "-5", StringComparison.Ordinal)},true]"),
            2 => ("Focus", $"[{workshop},{item},{Junk.Quote(random.Next(2) == 0 ? "description" : Junk.String(random))}]"),
            _ => ("Leave", $"[{workshop}]"),
        };
        return new("rum-kald med skrammel", FuzzHub.Workshop, caller, Invocation(Id(random), name, arguments));
    }

    private static HubCase InvocationIds(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target)
    {
        var id = random.Next(6) switch
        {
            0 => "\"\"",
            1 => Junk.Quote(new string('i', random.Next(1_000, 20_000))),
            2 => Junk.Number(random),
            3 => Junk.Json(random),
            4 => "\"~p1\"",
            _ => "\"dublet\"",
        };
        var one = $$"""{"type":1,"invocationId":{{id}},"target":{{Junk.Quote(Target(random, hub))}},"arguments":{{Args(random)}}}""";
        var frames = Enumerable.Repeat(one, random.Next(1, 4)).SelectMany(m => Encoding.UTF8.GetBytes(m).Append(Separator));
        return new("misbrug af invocationId", hub, caller, [.. frames]);
    }

    private static HubCase MessageTypes(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target)
    {
        var id = Junk.Quote($"s{random.Next()}");
        var text = random.Next(9) switch
        {
            0 => $$"""{"type":4,"invocationId":{{id}},"target":{{Junk.Quote(Target(random, hub))}},"arguments":{{Args(random)}},"streamIds":[{{id}}]}""",
            1 => $$"""{"type":2,"invocationId":{{id}},"item":{{Junk.Json(random)}}}""",
            2 => $$"""{"type":3,"invocationId":{{id}},"result":{{Junk.Json(random)}}}""",
            3 => $$"""{"type":5,"invocationId":{{id}}}""",
            4 => """{"type":6}""",
            5 => $$"""{"type":7,"error":{{Junk.Quote(Junk.String(random))}},"allowReconnect":true}""",
            6 => $$"""{"type":{{Junk.Json(random, 1)}},"target":"Join"}""",
            7 => $$"""{"type":1,"invocationId":{{id}},"target":{{Junk.Quote(Target(random, hub))}},"arguments":[],"streamIds":[{{id}},{{id}}],"headers":{{Junk.Json(random)}}}""",
            _ => """{}""",
        };
        return new("stream- og andre beskedtyper", hub, caller, [.. Encoding.UTF8.GetBytes(text), Separator]);
    }

    /// <summary>Arguments just over the hubs' own limit (a clear error, connection kept) or over the transport's (connection closed).</summary>
    private static HubCase Oversized(Random random, FuzzHub hub, FuzzCaller caller, FuzzTarget target)
    {
        var size = random.Next(2) == 0 ? random.Next(27_000, 32_000) : random.Next(33_000, 200_000);
        var insert = Junk.Quote(new string('a', size));
        var proposal = $$$"""{"id":"p-fuzz-{{{random.Next()}}}","base":-1,"command":{"kind":"text","item":{{{Junk.Quote(target.Items[0])}}},"field":"description","op":[{{{insert}}}]}}""";
        var frames = hub == FuzzHub.Workshop
            ? Invocation(Id(random) ?? "big", "Submit", $"[{Junk.Quote(target.Workshop)},{proposal}]")
            : Invocation(Id(random) ?? "big", "Follow", $"[{insert}]");
        return new("for store argumenter", hub, caller, frames);
    }
}
