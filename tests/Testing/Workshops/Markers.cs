using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

/// <summary>
/// Typing that can be checked afterwards: each edit inserts a unique marker like <c>&lt;3.7&gt;</c> at a
/// marker boundary, so no marker is split by another and each can be counted in the stored text.
/// </summary>
public static class Markers
{
    public static TextOperation InsertAtBoundary(string text, string marker, Random random)
    {
        var boundaries = Enumerable.Range(0, text.Length + 1).Where(i => i == 0 || text[i - 1] == '>').ToArray();
        var at = boundaries[random.Next(boundaries.Length)];
        return new TextOperationBuilder().Retain(at).Insert(marker).Retain(text.Length - at).Build();
    }

    public static int Occurrences(string text, string marker) => (text.Length - text.Replace(marker, "").Length) / marker.Length;
}
