using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Recovery.Grains.Workshops;

/// <summary>
/// What a participant proposes in the room: <see cref="Id"/> is the client's own id for it (so a
/// resend is recognised), <see cref="Base"/> the revision it was made on.
/// </summary>
[GenerateSerializer, Immutable, Alias("workshop.proposal")]
public sealed record Proposal([property: Id(0)] string Id, [property: Id(1)] long Base, [property: Id(2)] RoomCommand Command);

/// <summary>A change proposed in a running workshop; <c>kind</c> names it on the wire (docs/workshops.md).</summary>
[GenerateSerializer, Alias("workshop.room-command")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(EditText), "text")]
[JsonDerivedType(typeof(ChangeField), "field")]
[JsonDerivedType(typeof(DraftItem), "item")]
[JsonDerivedType(typeof(CastDot), "dot")]
[JsonDerivedType(typeof(SetVoting), "voting")]
[JsonDerivedType(typeof(MoveAgenda), "agenda")]
[JsonDerivedType(typeof(SetTimer), "timer")]
[JsonDerivedType(typeof(MoveSpotlight), "spotlight")]
public abstract record RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.edit-text")]
public sealed record EditText([property: Id(0)] string Item, [property: Id(1)] string Field, [property: Id(2)] TextOperation Op) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.change-field")]
public sealed record ChangeField([property: Id(0)] string Item, [property: Id(1)] string Field, [property: Id(2)] string? Value) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.draft-item")]
public sealed record DraftItem([property: Id(0)] string Item, [property: Id(1)] int Prerequisite, [property: Id(2)] string Title) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.cast-dot")]
public sealed record CastDot([property: Id(0)] string Item, [property: Id(1)] int Delta) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.set-voting")]
public sealed record SetVoting([property: Id(0)] int Dots, [property: Id(1)] bool Anonymous) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.move-agenda")]
public sealed record MoveAgenda([property: Id(0)] int Point) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.set-timer")]
public sealed record SetTimer([property: Id(0)] int? Seconds) : RoomCommand;

[GenerateSerializer, Immutable, Alias("workshop.move-spotlight")]
public sealed record MoveSpotlight([property: Id(0)] string? Item) : RoomCommand;

/// <summary>Planning a workshop: title, start and agenda points.</summary>
[GenerateSerializer, Immutable, Alias("workshop.schedule")]
public sealed record ScheduleWorkshop(
    [property: Id(0)] string Title,
    [property: Id(1)] DateTimeOffset StartsAt,
    [property: Id(2)] ImmutableArray<string> Agenda);
