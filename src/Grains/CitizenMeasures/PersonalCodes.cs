using System.Security.Cryptography;
using System.Text;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// A citizen's personal code (<c>K7M4Q-X2PRW</c>): ten characters from the 31 of
/// <see cref="CitizenKeys.Alphabet"/>, about 49 bits, so that even with thousands of citizens and the
/// sign-in's per-address limit a guessed code practically never matches. Only its SHA-256 hash is
/// stored; the plain code is shown once, to the staff member who issues it.
/// </summary>
public static class PersonalCodes
{
    public const int Length = 10;

    public static string New()
    {
        var code = RandomNumberGenerator.GetString(CitizenKeys.Alphabet, Length);
        return $"{code[..5]}-{code[5..]}";
    }

    /// <summary>Upper case without spaces and dashes, so "k7m4q x2prw" works; anything else is not a code.</summary>
    public static string? Normalize(string? typed)
    {
        var plain = new string((typed ?? "").Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).Take(Length + 1).ToArray());
        return plain.Length == Length && plain.All(CitizenKeys.Alphabet.Contains) ? plain : null;
    }

    public static string Hash(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
}
