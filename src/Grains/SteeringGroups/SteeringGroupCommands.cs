using System.Collections.Immutable;

namespace Recovery.Grains.SteeringGroups;

/// <summary>What people ask a steering group to do. Ids of new things come in with the command, so a retry is recognised.</summary>
[GenerateSerializer, Alias("steering.command")]
public abstract record SteeringGroupCommand;

[GenerateSerializer, Immutable, Alias("steering.establish")]
public sealed record EstablishSteeringGroup : SteeringGroupCommand;

[GenerateSerializer, Immutable, Alias("steering.add-member")]
public sealed record AddMember(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] Role Role) : SteeringGroupCommand;

[GenerateSerializer, Immutable, Alias("steering.remove-member")]
public sealed record RemoveMember([property: Id(0)] string PersonId) : SteeringGroupCommand;

/// <summary>A decision with its rationale and, in the same step, the plan items it asks for.</summary>
[GenerateSerializer, Immutable, Alias("steering.record-decision")]
public sealed record RecordDecision(
    [property: Id(0)] string DecisionId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Rationale,
    [property: Id(3)] ImmutableArray<AddPlanItem> Actions = default) : SteeringGroupCommand;

[GenerateSerializer, Immutable, Alias("steering.set-mandate")]
public sealed record SetSteeringGroupMandate([property: Id(0)] string Mandate) : SteeringGroupCommand;

[GenerateSerializer, Immutable, Alias("steering.add-plan-item")]
public sealed record AddPlanItem(
    [property: Id(0)] string ItemId,
    [property: Id(1)] int Prerequisite,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] string? OwnerId,
    [property: Id(5)] DateOnly? Due,
    [property: Id(6)] PlanItemStatus Status,
    [property: Id(7)] PlanItemSource? Source = null) : SteeringGroupCommand;

/// <summary>Replaces an item's fields; only the fields that differ become events.</summary>
[GenerateSerializer, Immutable, Alias("steering.edit-plan-item")]
public sealed record EditPlanItem(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] string? OwnerId,
    [property: Id(4)] DateOnly? Due,
    [property: Id(5)] PlanItemStatus Status) : SteeringGroupCommand;

/// <summary>Lists a workshop the group will hold (the workshop grain owns its details).</summary>
[GenerateSerializer, Immutable, Alias("steering.plan-workshop")]
public sealed record PlanWorkshop(
    [property: Id(0)] string WorkshopId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset StartsAt) : SteeringGroupCommand;

/// <summary>
/// A closed workshop's outcome: its plan is written into the development plan (the room's values
/// win), and the votes and attendance become part of the group's history.
/// </summary>
[GenerateSerializer, Immutable, Alias("steering.record-workshop")]
public sealed record RecordWorkshop(
    [property: Id(0)] string WorkshopId,
    [property: Id(1)] DateTimeOffset HeldAt,
    [property: Id(2)] Workshops.WorkshopOutcome Outcome) : SteeringGroupCommand;

/// <summary>Names the key figure the item is expected to move (null: none), so the figure's chart can show it.</summary>
[GenerateSerializer, Immutable, Alias("steering.aim-plan-item")]
public sealed record AimPlanItem([property: Id(0)] string ItemId, [property: Id(1)] FigureAim? Aim) : SteeringGroupCommand;

/// <summary>Brings an item's fields back to how they were right after stream version <see cref="Version"/>; history keeps every step.</summary>
[GenerateSerializer, Immutable, Alias("steering.restore-plan-item")]
public sealed record RestorePlanItem([property: Id(0)] string ItemId, [property: Id(1)] long Version) : SteeringGroupCommand;

/// <summary>
/// A restore with the item as the grain read it from the stream at that version (null: it did not
/// exist then), so that <see cref="SteeringGroupDecider.Decide"/> stays pure.
/// </summary>
[GenerateSerializer, Immutable, Alias("steering.restore-plan-item-to")]
public sealed record RestorePlanItemTo(
    [property: Id(0)] RestorePlanItem Request,
    [property: Id(1)] DevelopmentPlanItem? Earlier) : SteeringGroupCommand;
