namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// One pseudonymised citizen's record of WHO-5 and Brief INSPIRE-O answers, keyed
/// <c>657/citizen/B-7KQ4MX</c>. The access filter admits the municipality's people and a token scoped to
/// this very citizen; the grain then admits only the citizen and their own staff to single answers.
/// </summary>
[Alias("recovery.citizen")]
public interface ICitizenGrain : ITenantGrain
{
    [Requires(Access.Participate), Alias("view")]
    Task<CitizenView> View();

    [Requires(Access.Contribute), Alias("enrol")]
    Task<long> Enrol(EnrolCitizen command);

    [Requires(Access.Contribute), Alias("change-staff")]
    Task<long> ChangeStaff(ChangeCitizenStaff command);

    /// <summary>Draws a new personal code, stores its hash and returns the plain code, which is never shown again.</summary>
    [Requires(Access.Contribute), Alias("issue-code")]
    Task<string> IssueCode();

    [Requires(Access.Participate), Alias("answer")]
    Task<long> Answer(AnswerMeasure command);

    /// <summary>Confirms the personal code (by hash) is this citizen's current one; refused otherwise.</summary>
    [Requires(Access.Participate), Alias("admit")]
    Task Admit(string codeHash);
}
