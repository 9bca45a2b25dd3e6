using Recovery.Api.GraphQL;
using Recovery.Grains.ImplementationGroups;

namespace Recovery.Api.ImplementationGroups;

/// <summary>Every implementation-group input names the group by its municipality and slug.</summary>
internal abstract class GroupInput : MunicipalityInput
{
    public string Slug { get; init; } = "";
}

internal sealed class EstablishImplementationGroupInput : GroupInput
{
    public string Name { get; init; } = "";
    public string? Focus { get; init; }
}

internal sealed class AddGroupMemberInput : GroupInput
{
    /// <summary>Optional: the person's id from the identity provider, so signing in makes them this member.</summary>
    public string? PersonId { get; init; }
    public string Name { get; init; } = "";
    public Role Role { get; init; }
}

internal sealed class GroupPersonInput : GroupInput
{
    public string PersonId { get; init; } = "";
}

internal sealed class SetMandateInput : GroupInput
{
    public string Mandate { get; init; } = "";
}

internal sealed class AddActivityInput : GroupInput
{
    /// <summary>Optional client-chosen id: sending the same id again adds nothing new.</summary>
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public int[] Principles { get; init; } = [];
    public string? OwnerId { get; init; }
    public string? Starts { get; init; }
    public string? Due { get; init; }
    public PlanItemStatus? Status { get; init; }
}

internal sealed class AimActivityInput : GroupInput
{
    public string ActivityId { get; init; } = "";
    /// <summary>Null: the activity aims at no key figure any longer.</summary>
    public KeyFigure? Figure { get; init; }
    /// <summary>The staircase step, for a step's count or its expenditure.</summary>
    public string? StepId { get; init; }
}

internal sealed class EditActivityInput : GroupInput
{
    public string ActivityId { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public int[] Principles { get; init; } = [];
    public string? OwnerId { get; init; }
    public string? Starts { get; init; }
    public string? Due { get; init; }
    public PlanItemStatus Status { get; init; }
}

internal sealed class RestoreActivityInput : GroupInput
{
    public string ActivityId { get; init; } = "";
    /// <summary>The stream version (from the activity's history) whose values come back.</summary>
    public int Version { get; init; }
}

internal sealed class FollowUpInput : GroupInput
{
    public string ActivityId { get; init; } = "";
    public string? Id { get; init; }
    public string Note { get; init; } = "";
}

internal sealed class DecidedActionInput
{
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public int[] Principles { get; init; } = [];
    public string? OwnerId { get; init; }
    public string? Due { get; init; }
}

internal sealed class RecordGroupDecisionInput : GroupInput
{
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string? Rationale { get; init; }
    public DecidedActionInput[]? Actions { get; init; }
}

internal sealed class NoteForceInput : GroupInput
{
    public string? Id { get; init; }
    public ForceKind Kind { get; init; }
    public string Text { get; init; } = "";
}

internal sealed class RemoveForceInput : GroupInput
{
    public string ForceId { get; init; } = "";
}

internal sealed class SubmitReportInput : GroupInput
{
    public string? Id { get; init; }
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
}

internal sealed class ProposeTrialInput : GroupInput
{
    public string? Id { get; init; }
    public string Hypothesis { get; init; } = "";
    public string Trial { get; init; } = "";
    public string? OwnerId { get; init; }
    public string? Until { get; init; }
}

internal sealed class RecordLearningInput : GroupInput
{
    public string TrialId { get; init; } = "";
    public string Learning { get; init; } = "";
}

internal sealed class PromoteTrialInput : GroupInput
{
    public string TrialId { get; init; } = "";
    /// <summary>Optional id for the new activity.</summary>
    public string? ActivityId { get; init; }
    public int[] Principles { get; init; } = [];
}
