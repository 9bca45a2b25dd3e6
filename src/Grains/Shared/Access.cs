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
    /// <summary>Anyone in the municipality, and a token scoped to this very grain (a workshop's guests, a citizen by personal code).</summary>
    Participate,
    /// <summary>
    /// The municipality's own strategic leader, and the national coordinator: who may commit a
    /// municipality to the programme, from inside or from the agency's side.
    /// </summary>
    Lead,
    /// <summary>The municipality's tovholder or strategic leader, and the national coordinator, who follows every municipality's progress.</summary>
    Steer,
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

/// <summary>The one statement of who may do what in a municipality; the grain filter enforces it, the API asks it early.</summary>
public static class AccessRules
{
    /// <param name="grainKey">The grain called; a scoped caller may only reach the grain its token names.</param>
    public static bool Allows(Caller caller, string tenant, Access access, string? grainKey = null)
    {
        var ownMunicipality = caller.Municipality == tenant;
        if (caller.IsScoped)
            return access == Access.Participate && ownMunicipality && caller.Scope is not null && caller.Scope == grainKey;
        return access switch
        {
            Access.Read => ownMunicipality || caller.IsNationalCoordinator,
            Access.Contribute or Access.Participate => ownMunicipality,
            Access.Govern => ownMunicipality && caller.Governs,
            Access.Lead => (ownMunicipality && caller.Role == Role.StrategicLeader) || caller.IsNationalCoordinator,
            Access.Steer => (ownMunicipality && caller.Governs) || caller.IsNationalCoordinator,
            _ => false,
        };
    }

    /// <summary>Throws the same refusal the grain filter would, before any grain is activated.</summary>
    public static void Demand(Caller caller, string tenant, Access access, string? grainKey = null) =>
        TenantAccessFilter.Check(caller, tenant, access, grainKey);
}

/// <summary>A grain whose string key starts with the municipality code it belongs to (<c>657/steering</c>).</summary>
public interface ITenantGrain : IGrainWithStringKey;

public static class TenantKeys
{
    /// <summary>National data (the questionnaire catalogue, the reference network) lives under its own tenant id, which no municipality code (three digits) can be.</summary>
    public const string National = "national";

    public static string Tenant(string grainKey) =>
        grainKey.Split('/', 2)[0] is { Length: 3 } code && code.All(char.IsAsciiDigit)
            ? code
            : throw new ArgumentException($"'{grainKey}' does not start with a municipality code.", nameof(grainKey));
}
