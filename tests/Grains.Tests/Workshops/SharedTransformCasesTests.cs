using System.Text.Json;
using Recovery.Grains.Workshops;
using Recovery.Testing;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// Browser and server must transform identically, or screens drift apart. Both check themselves
/// against the same 300 cases (src/Web/src/collab/transform-cases.json, also read by the web tests):
/// Danish letters, emoji and line breaks included.
/// </summary>
public sealed class SharedTransformCasesTests
{
    private sealed record Case(TextOperation A, TextOperation B, string Text, TextOperation APrime, TextOperation BPrime, TextOperation Composed, string Result);

    private static readonly Case[] Cases = JsonSerializer.Deserialize<Case[]>(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Web", "src", "collab", "transform-cases.json")),
        JsonSerializerOptions.Web)!;

    [Fact]
    public void The_file_holds_the_cases_both_sides_check() => Assert.Equal(300, Cases.Length);

    [Fact]
    public void The_server_transforms_composes_and_applies_every_case_exactly_as_the_browser_does() =>
        Assert.All(Cases, c =>
        {
            var (aPrime, bPrime) = TextOperation.Transform(c.A, c.B);
            Assert.Equal(Wire(c.APrime), Wire(aPrime));
            Assert.Equal(Wire(c.BPrime), Wire(bPrime));
            var composed = c.A.Compose(bPrime);
            Assert.Equal(Wire(c.Composed), Wire(composed));
            Assert.Equal(c.Result, composed.Apply(c.Text));
            Assert.Equal(c.Result, aPrime.Apply(c.B.Apply(c.Text)));
        });

    private static string Wire(TextOperation op) => JsonSerializer.Serialize(op);
}
