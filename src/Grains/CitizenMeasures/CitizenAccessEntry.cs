namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// One read of a single citizen's answers: who read (a person id, or <see cref="TheCitizen"/>: their
/// pseudonym is already in <see cref="Pseudonym"/>, and erasure must find it in one place only),
/// in which role, through which field, when. Never the answers themselves. <see cref="Pseudonym"/> is
/// null once the citizen's measures are erased: the read stays on record, whose it was does not.
/// </summary>
public sealed record CitizenAccessEntry(Guid Id, string? Pseudonym, string ReaderId, string ReaderRole, string Through, DateTimeOffset At)
{
    public const string TheCitizen = "borgeren";

    /// <summary>The fields that hand out a citizen's answers name themselves in the log; nothing longer gets in.</summary>
    public static string ValidThrough(string? through) =>
        through is { Length: > 0 and <= 40 } && through.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            ? through
            : throw RuleViolation.Invalid("Ugyldig kilde til adgangsloggen.");
}
