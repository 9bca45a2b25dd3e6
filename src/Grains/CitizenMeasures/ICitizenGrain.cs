namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// One pseudonymised citizen's record of WHO-5 and Brief INSPIRE-O answers, keyed
/// <c>657/citizen/B-7KQ4MX</c>. The access filter admits the municipality's people and a token scoped to
/// this very citizen; the grain then admits only the citizen and their own staff to single answers.
/// </summary>
[Alias("recovery.citizen")]
public interface ICitizenGrain : ITenantGrain
{
    /// <summary>The citizen's answers; every call that returns them is written to the municipality's access log.</summary>
    /// <param name="through">The field the answers are read for (<c>citizen</c>), as the log shows it.</param>
    /// <param name="readerName">The reader's name from their sign-in, for a directory that does not know them yet, so the log can name them.</param>
    [Requires(Access.Participate), Alias("view")]
    Task<CitizenView> View(string through, string? readerName = null);

    [Requires(Access.Contribute), Alias("enrol")]
    Task<long> Enrol(EnrolCitizen command);

    [Requires(Access.Contribute), Alias("change-staff")]
    Task<long> ChangeStaff(ChangeCitizenStaff command);

    /// <summary>Draws a new personal code, stores its hash and returns the plain code, which is never shown again.</summary>
    [Requires(Access.Contribute), Alias("issue-code")]
    Task<IssuedPersonalCode> IssueCode();

    [Requires(Access.Participate), Alias("answer")]
    Task<long> Answer(AnswerMeasure command);

    /// <summary>Confirms the personal code (by hash) is this citizen's current one; refused otherwise.</summary>
    [Requires(Access.Participate), Alias("admit")]
    Task Admit(string codeHash);

    /// <summary>
    /// Deletes the citizen's answers, stream, summary and code for good (the municipality's tovholder or
    /// strategic leader, on the citizen's request); the erasure is recorded without the pseudonym.
    /// </summary>
    [Requires(Access.Govern), Alias("erase")]
    Task Erase();
}

/// <summary>A fresh personal code in plain text and the record's version after it was issued.</summary>
[GenerateSerializer, Immutable, Alias("citizen.issued-code")]
public sealed record IssuedPersonalCode([property: Id(0)] string Code, [property: Id(1)] long Version);
