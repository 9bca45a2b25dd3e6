using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Facts in a workshop's stream, one per revision. Marten stores them by type name
/// (<c>workshop_text_edited</c>); on the wire <c>kind</c> names them. Who did it is the step's author,
/// kept as event metadata, never a guest's name.
/// </summary>
[GenerateSerializer, Alias("workshop.event")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(WorkshopScheduled), "scheduled")]
[JsonDerivedType(typeof(WorkshopOpened), "opened")]
[JsonDerivedType(typeof(WorkshopParticipantArrived), "arrived")]
[JsonDerivedType(typeof(WorkshopGuestRevoked), "revoked")]
[JsonDerivedType(typeof(WorkshopTextEdited), "text")]
[JsonDerivedType(typeof(WorkshopFieldChanged), "field")]
[JsonDerivedType(typeof(WorkshopItemDrafted), "item")]
[JsonDerivedType(typeof(WorkshopDotCast), "dot")]
[JsonDerivedType(typeof(WorkshopVotingSet), "voting")]
[JsonDerivedType(typeof(WorkshopAgendaMoved), "agenda")]
[JsonDerivedType(typeof(WorkshopTimerSet), "timer")]
[JsonDerivedType(typeof(WorkshopSpotlightMoved), "spotlight")]
[JsonDerivedType(typeof(WorkshopClosed), "closed")]
public abstract record WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.scheduled")]
public sealed record WorkshopScheduled(
    [property: Id(0)] string Title, [property: Id(1)] DateTimeOffset StartsAt, [property: Id(2)] ImmutableArray<string> Agenda) : WorkshopEvent;

/// <summary>The plan as it stood when the room opened, and the members who may own items.</summary>
[GenerateSerializer, Immutable, Alias("workshop.opened")]
public sealed record WorkshopOpened(
    [property: Id(0)] string Code, [property: Id(1)] ImmutableArray<WorkshopItem> Plan, [property: Id(2)] ImmutableArray<WorkshopMember> Members)
    : WorkshopEvent;

/// <summary>A participant's first arrival: attendance is counted by role, and only ids are kept.</summary>
[GenerateSerializer, Immutable, Alias("workshop.participant-arrived")]
public sealed record WorkshopParticipantArrived([property: Id(0)] string Participant, [property: Id(1)] string Role) : WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.guest-revoked")]
public sealed record WorkshopGuestRevoked([property: Id(0)] string Participant) : WorkshopEvent;

/// <summary>A text edit as applied: already transformed past everything sequenced before it.</summary>
[GenerateSerializer, Immutable, Alias("workshop.text-edited")]
public sealed record WorkshopTextEdited([property: Id(0)] string Item, [property: Id(1)] string Field, [property: Id(2)] TextOperation Op)
    : WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.field-changed")]
public sealed record WorkshopFieldChanged([property: Id(0)] string Item, [property: Id(1)] string Field, [property: Id(2)] string? Value)
    : WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.item-drafted")]
public sealed record WorkshopItemDrafted([property: Id(0)] string Item, [property: Id(1)] int Prerequisite, [property: Id(2)] string Title)
    : WorkshopEvent;

/// <summary>A dot placed (+1) or taken back (−1). <see cref="Voter"/> is hidden from others when the vote is anonymous.</summary>
[GenerateSerializer, Immutable, Alias("workshop.dot-cast")]
public sealed record WorkshopDotCast(
    [property: Id(0)] string Item, [property: Id(1)] int Delta, [property: Id(2)] string? Voter, [property: Id(3)] bool Anonymous) : WorkshopEvent;

/// <summary>Dot voting started with this many dots each, or ended (0 dots); results stay.</summary>
[GenerateSerializer, Immutable, Alias("workshop.voting-set")]
public sealed record WorkshopVotingSet([property: Id(0)] int Dots, [property: Id(1)] bool Anonymous) : WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.agenda-moved")]
public sealed record WorkshopAgendaMoved([property: Id(0)] int Point) : WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.timer-set")]
public sealed record WorkshopTimerSet([property: Id(0)] DateTimeOffset? EndsAt) : WorkshopEvent;

/// <summary>"Follow me": the item the facilitator brings everyone to.</summary>
[GenerateSerializer, Immutable, Alias("workshop.spotlight-moved")]
public sealed record WorkshopSpotlightMoved([property: Id(0)] string? Item) : WorkshopEvent;

[GenerateSerializer, Immutable, Alias("workshop.closed")]
public sealed record WorkshopClosed([property: Id(0)] WorkshopOutcome Outcome) : WorkshopEvent;
