using System.Text.Encodings.Web;
using System.Text.Json;
using Recovery.Grains.Workshops;
using Recovery.Testing;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// Browser and server must transform alike or screens drift apart. The browser's tests write the
/// cases its TypeScript computes; these must come out of the C# operations exactly, in wire form.
/// </summary>
public sealed class SharedTransformCasesTests
{
    private static readonly string CasesFile = Path.Combine(RepositoryRoot.Path, "src", "Web", "src", "collab", "transform-cases.json");

    // One writer for both sides, so escaping cannot make equal operations look different.
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Every_shared_case_transforms_composes_and_applies_as_in_the_browser()
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(CasesFile));
        Assert.NotEmpty(cases.RootElement.EnumerateArray());
        var differences = cases.RootElement.EnumerateArray().SelectMany((c, index) => Differences(c).Select(d => $"case {index}: {d}")).ToArray();
        Assert.Empty(differences);
    }

    private static IEnumerable<string> Differences(JsonElement expected)
    {
        var (a, b) = (Op(expected, "a"), Op(expected, "b"));
        var (aPrime, bPrime) = TextOperation.Transform(a, b);
        var composed = a.Compose(bPrime);
        var actual = new Dictionary<string, string>
        {
            ["aPrime"] = JsonSerializer.Serialize(aPrime, Wire),
            ["bPrime"] = JsonSerializer.Serialize(bPrime, Wire),
            ["composed"] = JsonSerializer.Serialize(composed, Wire),
            ["result"] = JsonSerializer.Serialize(composed.Apply(expected.GetProperty("text").GetString()!), Wire),
        };
        return actual
            .Select(x => (x.Key, Actual: x.Value, Expected: JsonSerializer.Serialize(expected.GetProperty(x.Key), Wire)))
            .Where(x => x.Actual != x.Expected)
            .Select(x => $"{x.Key} is {x.Actual}, the browser says {x.Expected}");
    }

    private static TextOperation Op(JsonElement testCase, string name) => testCase.GetProperty(name).Deserialize<TextOperation>()!;
}
