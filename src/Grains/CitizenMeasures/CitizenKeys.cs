using System.Security.Cryptography;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// A citizen is known to Recovery only by a pseudonym drawn at random on enrolment (<c>B-7KQ4MX</c>):
/// grain <c>657/citizen/B-7KQ4MX</c>, stream <c>citizen:657:B-7KQ4MX</c>. It carries no name, no CPR
/// number and nothing derived from them, so the measurement data cannot be traced back by itself.
/// </summary>
public static class CitizenKeys
{
    /// <summary>No 0/O, 1/I/L: a pseudonym is read aloud and copied by hand.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Prefix = "B-";
    private const int Length = 6;

    public static string Grain(string municipality, string pseudonym) => $"{municipality}/citizen/{pseudonym}";

    public static string Stream(string municipality, string pseudonym) => $"citizen:{municipality}:{pseudonym}";

    public static string Pseudonym(string grainKey) => grainKey.Split('/', 3)[2];

    public static bool IsPseudonym(string? text) =>
        text is { Length: Length + 2 } && text.StartsWith(Prefix, StringComparison.Ordinal) && text[Prefix.Length..].All(Alphabet.Contains);

    public static string NewPseudonym() => Prefix + RandomNumberGenerator.GetString(Alphabet, Length);
}
