namespace Recovery.Grains.Municipalities;

/// <summary>What a municipality's own stream is asked to record.</summary>
[GenerateSerializer, Alias("municipality.command")]
public abstract record MunicipalityCommand;

/// <summary>Adds a group to the municipality's registry; registering again changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("municipality.register-group")]
public sealed record RegisterGroup([property: Id(0)] string GroupKey, [property: Id(1)] GroupKind Kind) : MunicipalityCommand;
