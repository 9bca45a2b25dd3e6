namespace Recovery.Grains.Shared;

/// <summary>Who asks and when: passed in, so a slice's Decide stays pure.</summary>
public sealed record CommandContext(Caller Actor, DateTimeOffset Now);
