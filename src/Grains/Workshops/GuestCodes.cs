using System.Security.Cryptography;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Short codes a guest can read off a projector and type: six characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown as <c>K7M-4QX</c>. 26⁶ ≈ 300 million codes,
/// and guessing is rate limited at the door.
/// </summary>
public static class GuestCodes
{
    private const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public static string New()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, 6);
        return $"{code[..3]}-{code[3..]}";
    }

    /// <summary>What a person typed, as the code it means: case and separators do not matter.</summary>
    public static string Normalize(string? typed)
    {
        var letters = new string((typed ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 6 ? $"{letters[..3]}-{letters[3..]}" : letters;
    }
}
