using System.Collections.Immutable;

namespace Recovery.Grains.Staircase;

/// <summary>What the people who govern ask of their municipality's staircase and key figures.</summary>
[GenerateSerializer, Alias("staircase.command")]
public abstract record StaircaseCommand;

/// <summary>A new step with an id the municipality chooses, at a position counted from the bottom (null: on top).</summary>
[GenerateSerializer, Immutable, Alias("staircase.add-step")]
public sealed record AddStep([property: Id(0)] string StepId, [property: Id(1)] string Name, [property: Id(2)] int? Position) : StaircaseCommand;

[GenerateSerializer, Immutable, Alias("staircase.rename-step")]
public sealed record RenameStep([property: Id(0)] string StepId, [property: Id(1)] string Name) : StaircaseCommand;

/// <summary>Moves a step to a position counted from the bottom (0).</summary>
[GenerateSerializer, Immutable, Alias("staircase.move-step")]
public sealed record MoveStep([property: Id(0)] string StepId, [property: Id(1)] int Position) : StaircaseCommand;

/// <summary>Removes a step that no figure refers to.</summary>
[GenerateSerializer, Immutable, Alias("staircase.remove-step")]
public sealed record RemoveStep([property: Id(0)] string StepId) : StaircaseCommand;

/// <summary>The number of citizens on a step in a quarter, entered by hand.</summary>
[GenerateSerializer, Immutable, Alias("staircase.set-count")]
public sealed record SetStepCount([property: Id(0)] string Quarter, [property: Id(1)] string StepId, [property: Id(2)] int Count) : StaircaseCommand;

/// <summary>One row of an imported file: a quarter, a step id and a count.</summary>
[GenerateSerializer, Immutable, Alias("staircase.count-row")]
public sealed record StepCountRow([property: Id(0)] string Quarter, [property: Id(1)] string StepId, [property: Id(2)] int Count);

/// <summary>A whole file's counts: all of them are stored, or none.</summary>
[GenerateSerializer, Immutable, Alias("staircase.import-counts")]
public sealed record ImportStepCounts([property: Id(0)] ImmutableArray<StepCountRow> Rows) : StaircaseCommand;

/// <summary>How many citizens moved from one step to another in a quarter; 0 removes the movement.</summary>
[GenerateSerializer, Immutable, Alias("staircase.record-movement")]
public sealed record RecordMovement(
    [property: Id(0)] string Quarter, [property: Id(1)] string FromStepId, [property: Id(2)] string ToStepId, [property: Id(3)] int Count) : StaircaseCommand;

/// <summary>A quarter's shares in percent (0–100); null leaves a share unknown.</summary>
[GenerateSerializer, Immutable, Alias("staircase.set-key-figures")]
public sealed record SetKeyFigures(
    [property: Id(0)] string Quarter, [property: Id(1)] decimal? EducationOrEmploymentShare, [property: Id(2)] decimal? ReadmissionShare) : StaircaseCommand;

/// <summary>A quarter's expenditure in whole kroner on the service type of one step; null removes it.</summary>
[GenerateSerializer, Immutable, Alias("staircase.set-expenditure")]
public sealed record SetExpenditure([property: Id(0)] string Quarter, [property: Id(1)] string StepId, [property: Id(2)] long? Amount) : StaircaseCommand;
