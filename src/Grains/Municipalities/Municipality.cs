namespace Recovery.Grains.Municipalities;

/// <summary>A Danish municipality: official three-digit code, name and region.</summary>
[GenerateSerializer, Immutable, Alias("recovery.municipality")]
public sealed record Municipality(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Region);
