using System.Collections.Immutable;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>What staff and the citizen ask a citizen's record to do.</summary>
[GenerateSerializer, Alias("citizen.command")]
public abstract record CitizenCommand;

/// <summary>Enrols the citizen under a fresh pseudonym; the own staff are person ids, the enroller always among them.</summary>
[GenerateSerializer, Immutable, Alias("citizen.enrol")]
public sealed record EnrolCitizen([property: Id(0)] ImmutableArray<string> OwnStaff) : CitizenCommand;

/// <summary>Replaces the list of staff who may see the citizen's own answers.</summary>
[GenerateSerializer, Immutable, Alias("citizen.change-staff")]
public sealed record ChangeCitizenStaff([property: Id(0)] ImmutableArray<string> OwnStaff) : CitizenCommand;

/// <summary>A new personal code, known here only by its hash; it replaces any earlier code.</summary>
[GenerateSerializer, Immutable, Alias("citizen.issue-code")]
public sealed record IssuePersonalCode([property: Id(0)] string CodeHash) : CitizenCommand;

/// <summary>
/// One filled-in form: an answer per statement in the instrument's order, null where the citizen
/// did not answer. <see cref="OnBehalf"/> says staff entered it for the citizen.
/// </summary>
[GenerateSerializer, Immutable, Alias("citizen.answer")]
public sealed record AnswerMeasure(
    [property: Id(0)] Instrument Instrument,
    [property: Id(1)] ImmutableArray<int?> Answers,
    [property: Id(2)] bool OnBehalf) : CitizenCommand;
