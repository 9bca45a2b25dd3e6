namespace Recovery.Grains.Shared;

/// <summary>What a grain method needs from its caller; checked by <see cref="TenantAccessFilter"/>.</summary>
public enum Access
{
    /// <summary>Anyone in the municipality, and the national coordinator.</summary>
    Read,
    /// <summary>Anyone in the municipality; the decider may narrow it further (e.g. to group members).</summary>
    Contribute,
    /// <summary>The municipality's tovholder or strategic leader.</summary>
    Govern,
}

/// <summary>
/// Marks a tenant grain method with the access it needs. A tenant grain method without it is
/// refused: the filter fails closed, so a forgotten attribute cannot open a hole.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresAttribute(Access access) : Attribute
{
    public Access Access { get; } = access;
}

/// <summary>A grain whose string key starts with the municipality code it belongs to (<c>657/steering</c>).</summary>
public interface ITenantGrain : IGrainWithStringKey;

public static class TenantKeys
{
    public static string Tenant(string grainKey) =>
        grainKey.Split('/', 2)[0] is { Length: 3 } code && code.All(char.IsAsciiDigit)
            ? code
            : throw new ArgumentException($"'{grainKey}' does not start with a municipality code.", nameof(grainKey));
}
