namespace Recovery.Grains.Municipalities;

/// <summary>Facts in a municipality's own stream (<c>municipality:657</c>).</summary>
public abstract record MunicipalityEvent;

/// <summary>A group (steering or implementation) now works in the municipality.</summary>
public sealed record MunicipalityGroupRegistered(string GroupKey, GroupKind Kind) : MunicipalityEvent;

/// <summary>Steering group (<i>styregruppe</i>) or implementation group (<i>implementeringsgruppe</i>).</summary>
public enum GroupKind { Steering, Implementation }
