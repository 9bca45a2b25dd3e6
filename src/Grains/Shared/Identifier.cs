namespace Recovery.Grains.Shared;

/// <summary>Ids that clients may choose (so retries are recognised) are short and plain, never a payload.</summary>
public static class Identifier
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Valid(string? id) =>
        IsValid(id)
            ? id!
            : throw RuleViolation.Invalid($"Ugyldigt id: brug 1–{MaxLength} tegn (bogstaver, tal, - og _).");

    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
