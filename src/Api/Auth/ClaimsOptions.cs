namespace Recovery.Api.Auth;

/// <summary>
/// Configuration section <c>Recovery:Auth:Claims</c>: which of the provider's claims carry the person,
/// the name, the role and the municipality, and how the provider's values become Recovery's.
/// Lists of pairs rather than maps, because role values are often URIs, and a configuration key cannot hold a colon.
/// </summary>
public sealed class ClaimsOptions
{
    public string PersonId { get; set; } = "sub";
    public string Name { get; set; } = "name";
    public string Role { get; set; } = "role";
    public string Municipality { get; set; } = "municipality";

    /// <summary>Provider role values or groups and the Recovery role each gives. Empty: the claim holds Recovery's role names.</summary>
    public List<RoleRule> Roles { get; set; } = [];

    /// <summary>Provider values (an organisation's CVR number, say) and the municipality code each means; codes are accepted as they are.</summary>
    public List<MunicipalityRule> Municipalities { get; set; } = [];

    /// <summary>Everyone gets this role whatever the claims say: a citizens' broker that knows no roles.</summary>
    public string? FixedRole { get; set; }

    /// <summary>Everyone belongs to this municipality: a broker that serves one municipality only.</summary>
    public string? FixedMunicipality { get; set; }
}

public sealed class RoleRule
{
    public string Value { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class MunicipalityRule
{
    public string Value { get; set; } = "";
    public string Code { get; set; } = "";
}
