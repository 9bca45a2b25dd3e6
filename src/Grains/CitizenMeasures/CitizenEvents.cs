namespace Recovery.Grains.CitizenMeasures;

/// <summary>Facts in a citizen's stream: a pseudonym and person ids of staff, never a name or a CPR number.</summary>
public abstract record CitizenEvent;

public sealed record CitizenEnrolled(string Pseudonym, string[] OwnStaff, DateTimeOffset At, string By) : CitizenEvent;

public sealed record CitizenStaffChanged(string[] OwnStaff, DateTimeOffset At, string By) : CitizenEvent;

public sealed record PersonalCodeIssued(string CodeHash, DateTimeOffset At, string By) : CitizenEvent;

/// <summary>A form as answered; <see cref="Score"/> is null when a statement was left unanswered.</summary>
public sealed record MeasureAnswered(
    Instrument Instrument, int?[] Answers, int? Score, string Period, DateTimeOffset At, string EnteredBy, bool OnBehalf) : CitizenEvent;
