using System.Globalization;
using System.Text.RegularExpressions;

namespace Recovery.Grains.Staircase;

/// <summary>
/// A quarter as Danish statistics write it, <c>2026K3</c>. Figures are kept per quarter under that
/// form, which also sorts in time order.
/// </summary>
public static partial class Quarter
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>Accepts <c>2026K3</c>, <c>2026 K3</c> and <c>2026-K3</c> (k or K); gives the canonical form.</summary>
    public static bool TryParse(string? text, out string quarter)
    {
        quarter = "";
        if (text is null || text.Length > 20) return false;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < FirstYear or > LastYear) return false;
        quarter = $"{year}K{match.Groups["number"].Value}";
        return true;
    }

    public static string Valid(string? text) =>
        TryParse(text, out var quarter)
            ? quarter
            : throw RuleViolation.Invalid($"Ugyldigt kvartal '{Shorten(text ?? "")}': skriv år og kvartal som 2026K3 (år {FirstYear}–{LastYear}).");

    internal static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    [GeneratedRegex(@"^\s*(?<year>[0-9]{4})[\s-]?[Kk](?<number>[1-4])\s*$")]
    private static partial Regex Pattern();
}
