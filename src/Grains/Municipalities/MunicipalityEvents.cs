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

/// <summary>The municipality's strategic leader opted in to the reference network: its figures count in editions published from now on.</summary>
public sealed record ReferenceNetworkJoined(string By, DateTimeOffset At) : MunicipalityEvent;

/// <summary>The municipality left the reference network: editions already published keep its figures, new ones do not use them.</summary>
public sealed record ReferenceNetworkLeft(string By, DateTimeOffset At) : MunicipalityEvent;

/// <summary>Steering group (<i>styregruppe</i>) or implementation group (<i>implementeringsgruppe</i>).</summary>
public enum GroupKind { Steering, Implementation }
