namespace Recovery.Grains.Municipalities;

/// <summary>
/// Facts in a municipality's own stream (<c>municipality:657</c>). Marten stores them by name
/// (<c>programme_joined</c>); a deployed event is never edited, only superseded. People appear
/// only as person ids: names live in the erasable directory.
/// </summary>
public abstract record MunicipalityEvent;

/// <summary>A group (steering or implementation) now works in the municipality.</summary>
public sealed record MunicipalityGroupRegistered(string GroupKey, GroupKind Kind) : MunicipalityEvent;

/// <summary>The municipality joined the restructuring programme; it starts in <see cref="ProgrammePhase.StartUp"/>.</summary>
public sealed record ProgrammeJoined(string JoinedBy, DateTimeOffset At) : MunicipalityEvent;

public sealed record ProgrammePhaseChanged(ProgrammePhase From, ProgrammePhase To) : MunicipalityEvent;

public sealed record ChecklistItemTicked(ChecklistItem Item, string By, DateTimeOffset At) : MunicipalityEvent;

public sealed record ChecklistItemUnticked(ChecklistItem Item) : MunicipalityEvent;

/// <summary>Whether free text written by citizens is shown to the national coordinator (unshared until first set).</summary>
public sealed record CitizenTextSharingChanged(bool Shared) : MunicipalityEvent;

/// <summary>Steering group (<i>styregruppe</i>) or implementation group (<i>implementeringsgruppe</i>).</summary>
public enum GroupKind { Steering, Implementation }
