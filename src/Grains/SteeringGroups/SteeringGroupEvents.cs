namespace Recovery.Grains.SteeringGroups;

/// <summary>
/// Facts in a steering group's stream. Names are solution-unique because Marten stores them
/// (<c>steering_group_established</c>); a deployed event is never edited, only superseded.
/// People appear only as person ids: names live in the erasable directory.
/// </summary>
public abstract record SteeringGroupEvent;

public sealed record SteeringGroupEstablished(string EstablishedBy) : SteeringGroupEvent;

public sealed record SteeringGroupMemberAdded(string PersonId, Role Role) : SteeringGroupEvent;

public sealed record SteeringGroupMemberRemoved(string PersonId) : SteeringGroupEvent;

public sealed record SteeringDecisionRecorded(string DecisionId, string Title, string Rationale, string RecordedBy, DateTimeOffset RecordedAt)
    : SteeringGroupEvent;

public sealed record SteeringGroupMandateSet(string Mandate) : SteeringGroupEvent;

/// <summary>The plan item exists because of this decision: the link from action back to decision.</summary>
public sealed record DevelopmentPlanItemDecided(string ItemId, string DecisionId) : SteeringGroupEvent;

/// <summary>A citizen wrote (part of) this plan item's or decision's text: outsiders see it only if the municipality shares it.</summary>
/// <summary>The item was made from a measurement; stored beside the item's own event so both are one append.</summary>
public sealed record DevelopmentPlanItemSourced(string ItemId, MeasurementKind Kind, string SourceId) : SteeringGroupEvent;

public sealed record SteeringCitizenTextWritten(string ItemId) : SteeringGroupEvent;

public sealed record DevelopmentPlanItemAdded(
    string ItemId, OrganisationalPrerequisite Prerequisite, string Title, string Description,
    string? OwnerId, DateOnly? Due, PlanItemStatus Status) : SteeringGroupEvent;

public sealed record DevelopmentPlanItemRetitled(string ItemId, string Title) : SteeringGroupEvent;

public sealed record DevelopmentPlanItemDescribed(string ItemId, string Description) : SteeringGroupEvent;

public sealed record DevelopmentPlanItemOwnerAssigned(string ItemId, string? OwnerId) : SteeringGroupEvent;

public sealed record DevelopmentPlanItemRescheduled(string ItemId, DateOnly? Due) : SteeringGroupEvent;

public sealed record DevelopmentPlanItemStatusChanged(string ItemId, PlanItemStatus Status) : SteeringGroupEvent;

/// <summary>The key figure the steering group expects the item to move; null: none named any longer.</summary>
public sealed record DevelopmentPlanItemAimedAtFigure(string ItemId, FigureAim? Aim) : SteeringGroupEvent;

public sealed record WorkshopPlanned(string WorkshopId, string Title, DateTimeOffset StartsAt) : SteeringGroupEvent;

/// <summary>What a workshop left behind: attendance by role (never guests' names) and the dots per item.</summary>
public sealed record WorkshopHeld(
    string WorkshopId, DateTimeOffset HeldAt, IReadOnlyDictionary<string, int> Attendance, IReadOnlyList<Workshops.ItemDots> Votes)
    : SteeringGroupEvent;

/// <summary>
/// Marks that the field changes stored with it bring the item back to how it was at stream version
/// <paramref name="FromVersion"/>: history says "restored", and nothing earlier is rewritten.
/// </summary>
public sealed record DevelopmentPlanItemRestored(string ItemId, long FromVersion) : SteeringGroupEvent;
