using Recovery.Api.GraphQL;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

internal abstract class SteeringGroupInput : MunicipalityInput;

internal sealed class AddMemberInput : SteeringGroupInput
{
    /// <summary>
    /// Optional: the person's id from the identity provider (their token's <c>sub</c>), so signing in
    /// makes them a member who can edit the plan; also makes a retried request add no one twice.
    /// </summary>
    public string? PersonId { get; init; }
    public string Name { get; init; } = "";
    public Role Role { get; init; }
}

internal sealed class RemoveMemberInput : SteeringGroupInput
{
    public string PersonId { get; init; } = "";
}

internal sealed class RecordDecisionInput : SteeringGroupInput
{
    /// <summary>Optional client-chosen id: sending the same id again records nothing new.</summary>
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string? Rationale { get; init; }
    public DecidedPlanItemInput[]? Actions { get; init; }
}

internal sealed class SetSteeringGroupMandateInput : SteeringGroupInput
{
    public string Mandate { get; init; } = "";
}

/// <summary>A plan item a decision creates in the same step.</summary>
internal sealed class DecidedPlanItemInput
{
    public string? Id { get; init; }
    public int Prerequisite { get; init; }
    public string Title { get; init; } = "";
    public string? OwnerId { get; init; }
    public string? Due { get; init; }
}

internal sealed class AddPlanItemInput : SteeringGroupInput
{
    public string? Id { get; init; }
    public int Prerequisite { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? OwnerId { get; init; }
    public string? Due { get; init; }
    public PlanItemStatus? Status { get; init; }
    /// <summary>The measurement the item is made from; it must exist in the same municipality.</summary>
    public PlanItemSourceInput? Source { get; init; }
}

internal sealed class PlanItemSourceInput
{
    public MeasurementKind Kind { get; init; }
    /// <summary>The temperature round's or case review's id.</summary>
    public string Id { get; init; } = "";
}

internal sealed class EditPlanItemInput : SteeringGroupInput
{
    public string ItemId { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? OwnerId { get; init; }
    public string? Due { get; init; }
    public PlanItemStatus Status { get; init; }
}

internal sealed class AimPlanItemInput : SteeringGroupInput
{
    public string ItemId { get; init; } = "";
    /// <summary>Null: the item aims at no key figure any longer.</summary>
    public KeyFigure? Figure { get; init; }
    /// <summary>The staircase step, for a step's count or its expenditure.</summary>
    public string? StepId { get; init; }
}

internal sealed class RestorePlanItemInput : SteeringGroupInput
{
    public string ItemId { get; init; } = "";
    /// <summary>A version from the item's history: the item gets the values it had right after it.</summary>
    public int Version { get; init; }
}
