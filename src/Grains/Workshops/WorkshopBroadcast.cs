using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>What a workshop grain sends to every silo's live bridge for the room's connections.</summary>
[GenerateSerializer, Alias("workshop.broadcast")]
public abstract record WorkshopBroadcast([property: Id(0)] string Workshop);

/// <summary>A step, sent as soon as it is sequenced and before it is stored: <see cref="SavedBroadcast"/> says when it is.</summary>
[GenerateSerializer, Immutable, Alias("workshop.step-broadcast")]
public sealed record StepBroadcast(string Workshop, [property: Id(0)] WorkshopStep Step) : WorkshopBroadcast(Workshop);

[GenerateSerializer, Immutable, Alias("workshop.saved-broadcast")]
public sealed record SavedBroadcast(string Workshop, [property: Id(0)] long Revision) : WorkshopBroadcast(Workshop);

[GenerateSerializer, Immutable, Alias("workshop.presence-broadcast")]
public sealed record PresenceBroadcast(string Workshop, [property: Id(0)] ImmutableArray<Participant> Participants) : WorkshopBroadcast(Workshop);

/// <summary>The room closed (everyone) or one guest was removed: their connections are closed.</summary>
[GenerateSerializer, Immutable, Alias("workshop.ended-broadcast")]
public sealed record EndedBroadcast(string Workshop, [property: Id(0)] string Reason, [property: Id(1)] string? Participant) : WorkshopBroadcast(Workshop);
