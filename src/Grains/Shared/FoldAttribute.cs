namespace Recovery.Grains.Shared;

/// <summary>
/// The version of a state's fold (its slice's Evolve). Raise it in the same change that makes Evolve
/// fold any stored event differently: snapshots folded the old way are then ignored and rebuilt.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FoldAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}
