using System.Collections.Immutable;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>What people ask an implementation group to do. Ids of new things come with the command, so a retry is recognised.</summary>
[GenerateSerializer, Alias("impl.command")]
public abstract record ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.establish")]
public sealed record EstablishImplementationGroup([property: Id(0)] string Name, [property: Id(1)] string Focus) : ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.add-member")]
public sealed record AddGroupMember(
    [property: Id(0)] string PersonId, [property: Id(1)] string Name, [property: Id(2)] Role Role) : ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.remove-member")]
public sealed record RemoveGroupMember([property: Id(0)] string PersonId) : ImplementationGroupCommand;

/// <summary>Makes a member the group's <i>tovholder</i>, who runs it day to day.</summary>
[GenerateSerializer, Immutable, Alias("impl.appoint-tovholder")]
public sealed record AppointTovholder([property: Id(0)] string PersonId) : ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.set-mandate")]
public sealed record SetMandate([property: Id(0)] string Mandate) : ImplementationGroupCommand;

/// <summary>What an activity of the implementation plan says; the same fields add and edit it.</summary>
[GenerateSerializer, Immutable, Alias("impl.activity-fields")]
public sealed record ActivityFields(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] ImmutableArray<int> Principles,
    [property: Id(3)] string? OwnerId,
    [property: Id(4)] DateOnly? Starts,
    [property: Id(5)] DateOnly? Due,
    [property: Id(6)] PlanItemStatus Status);

[GenerateSerializer, Immutable, Alias("impl.add-activity")]
public sealed record AddActivity([property: Id(0)] string ActivityId, [property: Id(1)] ActivityFields Fields) : ImplementationGroupCommand;

/// <summary>Replaces an activity's fields; only the fields that differ become events.</summary>
[GenerateSerializer, Immutable, Alias("impl.edit-activity")]
public sealed record EditActivity([property: Id(0)] string ActivityId, [property: Id(1)] ActivityFields Fields) : ImplementationGroupCommand;

/// <summary>Names the key figure the activity is expected to move (null: none), so the figure's chart can show it.</summary>
[GenerateSerializer, Immutable, Alias("impl.aim-activity")]
public sealed record AimActivity([property: Id(0)] string ActivityId, [property: Id(1)] FigureAim? Aim) : ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.follow-up-activity")]
public sealed record FollowUpActivity(
    [property: Id(0)] string ActivityId, [property: Id(1)] string FollowUpId, [property: Id(2)] string Note) : ImplementationGroupCommand;

/// <summary>A driver (<i>drivkraft</i>) or barrier (<i>barriere</i>) the group has noticed.</summary>
[GenerateSerializer, Immutable, Alias("impl.note-force")]
public sealed record NoteForce(
    [property: Id(0)] string ForceId, [property: Id(1)] ForceKind Kind, [property: Id(2)] string Text) : ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.remove-force")]
public sealed record RemoveForce([property: Id(0)] string ForceId) : ImplementationGroupCommand;

/// <summary>A status report to the steering group.</summary>
[GenerateSerializer, Immutable, Alias("impl.submit-report")]
public sealed record SubmitReport(
    [property: Id(0)] string ReportId, [property: Id(1)] string Title, [property: Id(2)] string Text) : ImplementationGroupCommand;

/// <summary>An action a decision asks for; it becomes an activity linked back to the decision.</summary>
[GenerateSerializer, Immutable, Alias("impl.decided-action")]
public sealed record DecidedAction(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Title,
    [property: Id(2)] ImmutableArray<int> Principles,
    [property: Id(3)] string? OwnerId,
    [property: Id(4)] DateOnly? Due);

/// <summary>A meeting's decision and, in the same step, the actions it creates.</summary>
[GenerateSerializer, Immutable, Alias("impl.record-decision")]
public sealed record RecordGroupDecision(
    [property: Id(0)] string DecisionId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Rationale,
    [property: Id(3)] ImmutableArray<DecidedAction> Actions) : ImplementationGroupCommand;

/// <summary>A small, time-boxed try (<i>prøvehandling</i>): what we believe, what we try, who, until when.</summary>
[GenerateSerializer, Immutable, Alias("impl.propose-trial")]
public sealed record ProposeTrialAction(
    [property: Id(0)] string TrialId,
    [property: Id(1)] string Hypothesis,
    [property: Id(2)] string Trial,
    [property: Id(3)] string? OwnerId,
    [property: Id(4)] DateOnly? Until) : ImplementationGroupCommand;

[GenerateSerializer, Immutable, Alias("impl.record-learning")]
public sealed record RecordTrialLearning([property: Id(0)] string TrialId, [property: Id(1)] string Learning) : ImplementationGroupCommand;

/// <summary>A trial that worked becomes an activity of the implementation plan.</summary>
[GenerateSerializer, Immutable, Alias("impl.promote-trial")]
public sealed record PromoteTrialAction(
    [property: Id(0)] string TrialId, [property: Id(1)] string ActivityId, [property: Id(2)] ImmutableArray<int> Principles) : ImplementationGroupCommand;

/// <summary>Brings an activity's fields back to how they were right after stream version <see cref="Version"/>; history keeps every step.</summary>
[GenerateSerializer, Immutable, Alias("impl.restore-activity")]
public sealed record RestoreActivity([property: Id(0)] string ActivityId, [property: Id(1)] long Version) : ImplementationGroupCommand;

/// <summary>A restore with the activity as the grain read it at that version (null: it did not exist then), so Decide stays pure.</summary>
[GenerateSerializer, Immutable, Alias("impl.restore-activity-to")]
public sealed record RestoreActivityTo([property: Id(0)] RestoreActivity Request, [property: Id(1)] Activity? Earlier) : ImplementationGroupCommand;
