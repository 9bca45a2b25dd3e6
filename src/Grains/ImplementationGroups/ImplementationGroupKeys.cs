namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// An implementation group is named by a slug its municipality chooses (<c>bostoette</c>): grain
/// <c>657/impl/bostoette</c>, stream <c>impl:657:bostoette</c>.
/// </summary>
public static class ImplementationGroupKeys
{
    public const int SlugMax = 40;

    public static string Grain(string municipality, string slug) => $"{municipality}/impl/{slug}";

    public static string Stream(string municipality, string slug) => $"impl:{municipality}:{slug}";

    public static string Slug(string grainKey) => grainKey.Split('/', 3)[2];

    public static bool IsValidSlug(string? slug) =>
        slug is { Length: > 0 and <= SlugMax } && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static string ValidSlug(string? slug) =>
        IsValidSlug(slug)
            ? slug!
            : throw RuleViolation.Invalid($"Gruppens kortnavn skal være 1–{SlugMax} tegn: små bogstaver a–z, tal og bindestreg.");
}
