using System.Text;

namespace Recovery.Testing.Fuzzing;

/// <summary>The building blocks of hostile input: odd strings, bytes that are not UTF-8, and JSON values of every wrong kind.</summary>
public static class Junk
{
    /// <summary>
    /// Strings of every awkward kind. None is a municipality code (all codes are three digits): a junk value in
    /// a mutation's municipality must never make it valid.
    /// </summary>
    private static readonly string[] Strings =
    [
        "", " ", "\0", "a\0b", "æøå", "\u202e", "\ud83d\ude00", "'; DROP TABLE mt_events; --", "<script>alert(1)</script>",
        "../../etc/passwd", "%00", "${jndi:ldap://x}", "null", "undefined", "NaN", "-0", "1e309", "0x10", "9999",
        "w-", "i-", "g-", "657:", ":657", "657:w-", "steering:", "national:x", "\t\r\n", "\\", "\"", "{{", "}}",
    ];

    private static readonly string[] Numbers = ["0", "-1", "-0", "1.5", "2147483648", "-2147483649", "9223372036854775808", "1e308", "-1e308", "1e-400", "999"];

    public static string String(Random random) => random.Next(4) switch
    {
        0 => Strings[random.Next(Strings.Length)],
        1 => new string((char)random.Next(0x20, 0x7f), random.Next(1, 40)) + "x",
        2 => RandomText(random, random.Next(1, 60)),
        _ => "x" + random.Next(),
    };

    /// <summary>Random characters, surrogate halves included, never a bare three-digit code.</summary>
    public static string RandomText(Random random, int length)
    {
        var text = new StringBuilder("z");
        for (var i = 0; i < length; i++) text.Append((char)random.Next(1, 0xFFFF));
        return text.ToString();
    }

    public static string Number(Random random) => Numbers[random.Next(Numbers.Length)];

    /// <summary>A JSON value of any kind, nested up to <paramref name="depth"/> levels.</summary>
    public static string Json(Random random, int depth = 3) => random.Next(depth > 0 ? 8 : 5) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => Number(random),
        3 or 4 => Quote(String(random)),
        5 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Json(random, depth - 1))) + "]",
        _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => $"{Quote(String(random))}:{Json(random, depth - 1)}")) + "}",
    };

    /// <summary>A JSON string literal, escaped as a JSON writer would, lone surrogates as \u escapes.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or (>= '\ud800' and <= '\udfff') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return quoted.Append('"').ToString();
    }

    /// <summary>Nested arrays <paramref name="depth"/> deep: <c>[[[...]]]</c>.</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>Corrupts UTF-8: overlong forms, lone continuation bytes, surrogates encoded directly, bytes never valid.</summary>
    public static byte[] BreakUtf8(byte[] bytes, Random random)
    {
        byte[][] broken = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF], [0xFE], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]];
        var result = new List<byte>(bytes);
        for (var n = random.Next(1, 6); n > 0; n--)
            result.InsertRange(random.Next(result.Count + 1), broken[random.Next(broken.Length)]);
        return [.. result];
    }

    public static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
