namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// Facts in an implementation group's stream. Names are solution-unique because Marten stores them;
/// a deployed event is never edited, only superseded. People appear only as person ids.
/// </summary>
public abstract record ImplementationGroupEvent;

public sealed record ImplementationGroupEstablished(string Name, string Focus, string EstablishedBy) : ImplementationGroupEvent;

public sealed record ImplementationGroupMemberAdded(string PersonId, Role Role) : ImplementationGroupEvent;

public sealed record ImplementationGroupMemberRemoved(string PersonId) : ImplementationGroupEvent;

public sealed record ImplementationGroupTovholderAppointed(string PersonId) : ImplementationGroupEvent;

public sealed record ImplementationGroupMandateSet(string Mandate) : ImplementationGroupEvent;

public sealed record ActivityAdded(
    string ActivityId, string Title, string Description, Principle[] Principles,
    string? OwnerId, DateOnly? Starts, DateOnly? Due, PlanItemStatus Status) : ImplementationGroupEvent;

public sealed record ActivityRetitled(string ActivityId, string Title) : ImplementationGroupEvent;

public sealed record ActivityDescribed(string ActivityId, string Description) : ImplementationGroupEvent;

public sealed record ActivityPrinciplesChanged(string ActivityId, Principle[] Principles) : ImplementationGroupEvent;

public sealed record ActivityOwnerAssigned(string ActivityId, string? OwnerId) : ImplementationGroupEvent;

public sealed record ActivityRescheduled(string ActivityId, DateOnly? Starts, DateOnly? Due) : ImplementationGroupEvent;

public sealed record ActivityStatusChanged(string ActivityId, PlanItemStatus Status) : ImplementationGroupEvent;

public sealed record ActivityFollowedUp(string ActivityId, string FollowUpId, string Note, string By, DateTimeOffset At) : ImplementationGroupEvent;

/// <summary>The key figure the group expects the activity to move; null: none named any longer.</summary>
public sealed record ActivityAimedAtFigure(string ActivityId, FigureAim? Aim) : ImplementationGroupEvent;

/// <summary>The activity exists because of this decision: the link from action back to decision.</summary>
public sealed record ActivityDecided(string ActivityId, string DecisionId) : ImplementationGroupEvent;

public sealed record ImplementationDecisionRecorded(string DecisionId, string Title, string Rationale, string RecordedBy, DateTimeOffset RecordedAt)
    : ImplementationGroupEvent;

public sealed record DriverOrBarrierNoted(string ForceId, ForceKind Kind, string Text) : ImplementationGroupEvent;

public sealed record DriverOrBarrierRemoved(string ForceId) : ImplementationGroupEvent;

public sealed record ImplementationReportSubmitted(string ReportId, string Title, string Text, string SubmittedBy, DateTimeOffset SubmittedAt)
    : ImplementationGroupEvent;

public sealed record TrialActionProposed(string TrialId, string Hypothesis, string Trial, string? OwnerId, DateOnly? Until) : ImplementationGroupEvent;

public sealed record TrialActionLearningRecorded(string TrialId, string Learning) : ImplementationGroupEvent;

public sealed record TrialActionPromoted(string TrialId, string ActivityId) : ImplementationGroupEvent;

/// <summary>
/// A citizen wrote (part of) the text of this activity, trial, driver, barrier or report. Outsiders
/// such as the national coordinator do not see that text unless the municipality shares it.
/// </summary>
public sealed record CitizenTextWritten(string ItemId) : ImplementationGroupEvent;

/// <summary>The field changes that follow bring the activity back to the version it was at after <see cref="FromVersion"/>.</summary>
public sealed record ActivityRestored(string ActivityId, long FromVersion) : ImplementationGroupEvent;
