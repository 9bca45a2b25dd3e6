using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>What a workshop grain sends to every silo's live bridge for the room's connections.</summary>
[GenerateSerializer, Alias("workshop.broadcast")]
public abstract record WorkshopBroadcast([property: Id(0)] string Workshop);

/// <summary>A step, sent once it is stored.</summary>
[GenerateSerializer, Immutable, Alias("workshop.step-broadcast")]
public sealed record StepBroadcast(string Workshop, [property: Id(0)] WorkshopStep Step) : WorkshopBroadcast(Workshop);

/// <summary>PostgreSQL stopped taking the room's steps (false) or takes them again (true): the room shows it is offline.</summary>
[GenerateSerializer, Immutable, Alias("workshop.storage-broadcast")]
public sealed record StorageBroadcast(string Workshop, [property: Id(0)] bool Available) : WorkshopBroadcast(Workshop);

[GenerateSerializer, Immutable, Alias("workshop.presence-broadcast")]
public sealed record PresenceBroadcast(string Workshop, [property: Id(0)] ImmutableArray<Participant> Participants) : WorkshopBroadcast(Workshop);

/// <summary>The room closed (everyone) or one guest was removed: their connections are closed.</summary>
[GenerateSerializer, Immutable, Alias("workshop.ended-broadcast")]
public sealed record EndedBroadcast(string Workshop, [property: Id(0)] string Reason, [property: Id(1)] string? Participant) : WorkshopBroadcast(Workshop);
