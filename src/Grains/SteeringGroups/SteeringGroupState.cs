using System.Collections.Immutable;

namespace Recovery.Grains.SteeringGroups;

/// <summary>A steering group as folded from its events.</summary>
[GenerateSerializer, Immutable, Alias("steering.state")]
public sealed record SteeringGroupState(
    [property: Id(0)] bool Established,
    [property: Id(1)] ImmutableList<SteeringGroupMember> Members,
    [property: Id(2)] ImmutableList<string> FormerMembers,
    [property: Id(3)] ImmutableList<SteeringDecision> Decisions,
    [property: Id(4)] ImmutableList<DevelopmentPlanItem> Plan,
    [property: Id(5)] ImmutableList<GroupWorkshop> Workshops,
    [property: Id(6)] string Mandate,
    [property: Id(7)] ImmutableHashSet<string> CitizenTexts)
{
    public static SteeringGroupState Initial { get; } = new(false, [], [], [], [], [], "", []);

    public bool IsMember(string personId) => Members.Any(m => m.PersonId == personId);

    public DevelopmentPlanItem? Item(string itemId) => Plan.Find(i => i.Id == itemId);

    /// <summary>"Nothing about us without us": every member, citizens included, edits the plan on equal terms.</summary>
    public bool MayEditPlan(Caller actor) => actor.Governs || IsMember(actor.PersonId);
}

/// <summary>A person in the steering group and the role they hold there.</summary>
[GenerateSerializer, Immutable, Alias("steering.member")]
public sealed record SteeringGroupMember([property: Id(0)] string PersonId, [property: Id(1)] Role Role);

/// <summary>A logged decision with its rationale, who recorded it and when.</summary>
[GenerateSerializer, Immutable, Alias("steering.decision")]
public sealed record SteeringDecision(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Rationale,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt);

/// <summary>An item of the development plan, under one of the eight organisational prerequisites.</summary>
[GenerateSerializer, Immutable, Alias("steering.plan-item")]
public sealed record DevelopmentPlanItem(
    [property: Id(0)] string Id,
    [property: Id(1)] OrganisationalPrerequisite Prerequisite,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] string? OwnerId,
    [property: Id(5)] DateOnly? Due,
    [property: Id(6)] PlanItemStatus Status,
    [property: Id(7)] string? DecisionId = null,
    [property: Id(8)] PlanItemSource? Source = null,
    [property: Id(9)] FigureAim? Aim = null);

/// <summary>A workshop the group planned, and once held, what came of it.</summary>
[GenerateSerializer, Immutable, Alias("steering.workshop")]
public sealed record GroupWorkshop(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset? HeldAt,
    [property: Id(4)] ImmutableDictionary<string, int> Attendance,
    [property: Id(5)] ImmutableArray<Workshops.ItemDots> Votes);
