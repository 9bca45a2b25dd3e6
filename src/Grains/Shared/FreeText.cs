using System.Globalization;
using System.Text.RegularExpressions;

namespace Recovery.Grains.Shared;

/// <summary>
/// Limits for text people type, and the check that keeps CPR numbers (Danish civil registration
/// numbers) out of shared plans: they identify a citizen and never belong there.
/// </summary>
public static partial class FreeText
{
    public const int NameMax = 100;
    public const int TitleMax = 200;
    public const int LongTextMax = 4000;

    public static string Required(string? text, string field, int max) =>
        Optional(text, field, max) is { Length: > 0 } value
            ? value
            : throw RuleViolation.Invalid($"{field} skal udfyldes.");

    public static string Optional(string? text, string field, int max)
    {
        var value = (text ?? "").Trim();
        if (value.Length > max)
            throw RuleViolation.Invalid($"{field} må højst være {max} tegn (er {value.Length}).");
        if (ContainsCpr(value))
            throw RuleViolation.Invalid($"{field} ser ud til at indeholde et CPR-nummer. CPR-numre må ikke stå i fælles planer.");
        return value;
    }

    public static bool ContainsCpr(string text)
    {
        // Full-width and other Unicode digits are folded to ASCII first, so they cannot hide a CPR number.
        foreach (Match match in CprCandidate().Matches(AsciiDigits(text)))
        {
            if (DateTime.TryParseExact(match.Groups["date"].Value, "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return true;
        }
        return false;
    }

    private static string AsciiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsDigit(source[i]) ? (char)('0' + (int)char.GetNumericValue(source[i])) : source[i];
        });

    [GeneratedRegex(@"(?<![0-9])(?<date>[0-9]{6})[-\s]?[0-9]{4}(?![0-9])")]
    private static partial Regex CprCandidate();
}
