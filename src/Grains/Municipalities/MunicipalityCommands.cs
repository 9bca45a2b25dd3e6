namespace Recovery.Grains.Municipalities;

[GenerateSerializer, Alias("municipality.command")]
public abstract record MunicipalityCommand;

[GenerateSerializer, Immutable, Alias("municipality.register-group")]
public sealed record RegisterGroup([property: Id(0)] string GroupKey, [property: Id(1)] GroupKind Kind) : MunicipalityCommand;
