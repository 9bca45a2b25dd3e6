namespace Recovery.Grains.CaseReviews;

/// <summary>
/// A reviewed case is named only by the municipality's own short reference ("Sag 3", "J.nr. 27.12-04"),
/// never by a name or a CPR number: the review is shared in groups where citizens and outsiders sit.
/// A reference must hold a digit, so a bare name is refused; a name with a digit cannot be told from a
/// code and is the writer's responsibility.
/// </summary>
public static class CaseReference
{
    public const int MaxLength = 20;
    public const int NoteMax = 1000;

    public const string CprRefused = "Skriv ikke CPR-numre i sagsgennemgangen. Brug sagens lokale reference, fx \"Sag 3\".";

    public static string Valid(string? reference)
    {
        var value = (reference ?? "").Trim();
        if (value.Length == 0) throw RuleViolation.Invalid("Skriv sagens lokale reference, fx \"Sag 3\".");
        if (FreeText.ContainsCpr(value)) throw RuleViolation.Invalid(CprRefused);
        if (value.Length > MaxLength) throw RuleViolation.Invalid($"Referencen må højst være {MaxLength} tegn (er {value.Length}).");
        if (!value.All(Allowed))
            throw RuleViolation.Invalid("Referencen må kun have bogstaver, tal, mellemrum og tegnene - . /");
        if (!value.Any(char.IsAsciiDigit))
            throw RuleViolation.Invalid("Referencen skal have mindst ét tal, fx \"Sag 3\": skriv aldrig borgerens navn.");
        return value;
    }

    public static string Note(string? note)
    {
        var value = (note ?? "").Trim();
        if (FreeText.ContainsCpr(value)) throw RuleViolation.Invalid(CprRefused);
        return FreeText.Optional(value, "Noten", NoteMax);
    }

    private static bool Allowed(char c) => char.IsLetter(c) || char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '/';
}
