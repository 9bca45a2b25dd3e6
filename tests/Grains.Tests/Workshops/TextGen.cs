using CsCheck;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>Random texts (Danish letters included) and random operations on them.</summary>
internal static class TextGen
{
    private const string Alphabet = "abcæøå ÆØÅ.\n";

    public static readonly Gen<string> Text = Gen.Char[Alphabet].Array[0, 30].Select(c => new string(c));

    /// <summary>An operation that walks <paramref name="text"/>, keeping, removing and inserting at random.</summary>
    public static Gen<TextOperation> On(string text) =>
        Gen.Select(Gen.Int[0, 3].Array[text.Length + 1], Text.Array[text.Length + 1], (steps, inserts) =>
        {
            var builder = new TextOperationBuilder();
            for (var i = 0; i <= text.Length; i++)
            {
                if (steps[i] == 0) builder.Insert(inserts[i]);
                if (i == text.Length) break;
                if (steps[i] == 1) builder.Delete(1);
                else builder.Retain(1);
            }
            return builder.Build();
        });

    public static readonly Gen<(string Text, TextOperation A, TextOperation B)> Concurrent =
        Text.SelectMany(t => Gen.Select(On(t), On(t), (a, b) => (t, a, b)));

    public static readonly Gen<(string Text, TextOperation A, TextOperation B)> Sequential =
        Text.SelectMany(t => On(t).SelectMany(a => On(a.Apply(t)).Select(b => (t, a, b))));
}
