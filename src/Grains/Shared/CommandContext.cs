namespace Recovery.Grains.Shared;

/// <summary>Who asks and when: passed in, so a decider's <c>Decide</c> stays pure.</summary>
public sealed record CommandContext(Caller Actor, DateTimeOffset Now);
