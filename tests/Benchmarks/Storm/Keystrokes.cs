using Recovery.Grains.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// What a participant types: one letter in, or one letter out, somewhere in the text as it shows it.
/// Deleting becomes likelier as the text grows, so it hovers around <see cref="Hover"/> characters,
/// far below the 4,000 the server allows, however long the run.
/// </summary>
public sealed class Keystrokes(int seed)
{
    public const int Hover = 200;

    private readonly Random random = new(seed);

    public TextOperation Next(string text)
    {
        var at = random.Next(text.Length + 1);
        if (random.Next(2 * Hover) < text.Length && at < text.Length)
            return new TextOperationBuilder().Retain(at).Delete(1).Retain(text.Length - at - 1).Build();
        return new TextOperationBuilder().Retain(at).Insert(((char)('a' + random.Next(26))).ToString()).Retain(text.Length - at).Build();
    }
}
