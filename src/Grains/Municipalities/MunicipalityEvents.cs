namespace Recovery.Grains.Municipalities;

public abstract record MunicipalityEvent;

/// <summary>A group (steering or implementation) now works in the municipality.</summary>
public sealed record MunicipalityGroupRegistered(string GroupKey, GroupKind Kind) : MunicipalityEvent;

public enum GroupKind { Steering, Implementation }
