namespace Recovery.Grains.Municipalities;

/// <summary>What a municipality's own stream is asked to record.</summary>
[GenerateSerializer, Alias("municipality.command")]
public abstract record MunicipalityCommand;

/// <summary>Adds a group to the municipality's registry; registering again changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("municipality.register-group")]
public sealed record RegisterGroup([property: Id(0)] string GroupKey, [property: Id(1)] GroupKind Kind) : MunicipalityCommand;

/// <summary>Takes the municipality into the restructuring programme, in its first phase; joining again changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("municipality.join-programme")]
public sealed record JoinProgramme : MunicipalityCommand;

/// <summary>Moves the programme to the named phase, forward or back; naming the target (not "next") makes a retry harmless.</summary>
[GenerateSerializer, Immutable, Alias("municipality.change-programme-phase")]
public sealed record ChangeProgrammePhase([property: Id(0)] ProgrammePhase Phase) : MunicipalityCommand;

/// <summary>
/// Ticks (or unticks) an item of the preparation checklist. <see cref="TickerName"/> is the
/// ticker's own name from their sign-in, kept in the directory so the list can say who ticked even
/// when that person is in no group; the event holds only the person id.
/// </summary>
[GenerateSerializer, Immutable, Alias("municipality.tick-checklist-item")]
public sealed record TickChecklistItem(
    [property: Id(0)] ChecklistItem Item,
    [property: Id(1)] bool Ticked,
    [property: Id(2)] string? TickerName = null) : MunicipalityCommand;

/// <summary>Whether free text written by citizens is shown to the national coordinator.</summary>
[GenerateSerializer, Immutable, Alias("municipality.share-citizen-text")]
public sealed record ShareCitizenText([property: Id(0)] bool Shared) : MunicipalityCommand;

/// <summary>Opts the municipality in to the anonymised reference network; joining again changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("municipality.join-reference-network")]
public sealed record JoinReferenceNetwork : MunicipalityCommand;

/// <summary>Takes the municipality out of the reference network; leaving again changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("municipality.leave-reference-network")]
public sealed record LeaveReferenceNetwork : MunicipalityCommand;
