using System.Security.Claims;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Auth;

/// <summary>A person a provider vouched for, as Recovery sees them.</summary>
public sealed record MappedPerson(string PersonId, string? Name, Role Role, string? Municipality)
{
    public Dictionary<string, object> ToClaims()
    {
        var claims = new Dictionary<string, object> { [CallerClaims.PersonId] = PersonId, [CallerClaims.Role] = Role.ToClaim() };
        if (Name is not null) claims[CallerClaims.Name] = Name;
        if (Municipality is not null) claims[CallerClaims.Municipality] = Municipality;
        return claims;
    }

    /// <summary>Only these claims: nothing else the provider sent (a scope, say) reaches Recovery.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType) => new(new ClaimsIdentity(
        ToClaims().Select(c => new Claim(c.Key, (string)c.Value)), authenticationType, CallerClaims.Name, CallerClaims.Role));
}

/// <summary>The provider's claims to a Recovery person, by <see cref="ClaimsOptions"/>; the same for browser sign-in and bearer tokens.</summary>
public static class ClaimsMapping
{
    public const string NoPerson = "NO_PERSON";
    public const string NoRole = "NO_ROLE";
    public const string NoMunicipality = "NO_MUNICIPALITY";

    /// <summary>The person, or the code of why there is none.</summary>
    public static (MappedPerson? Person, string? Refusal) Map(ClaimsPrincipal provider, ClaimsOptions options)
    {
        var personId = provider.FindFirst(options.PersonId)?.Value;
        if (string.IsNullOrWhiteSpace(personId)) return (null, NoPerson);
        if (RoleOf(provider, options) is not { } role) return (null, NoRole);
        // The national coordinator works across municipalities and belongs to none.
        var municipality = role == Role.NationalCoordinator ? null : MunicipalityOf(provider, options);
        if (municipality is null && role != Role.NationalCoordinator) return (null, NoMunicipality);
        return (new MappedPerson(personId, provider.FindFirst(options.Name)?.Value, role, municipality), null);
    }

    /// <summary>With several, the one furthest down <see cref="Role"/>'s list, which grows in responsibility; never a guest's.</summary>
    private static Role? RoleOf(ClaimsPrincipal provider, ClaimsOptions options)
    {
        if (options.FixedRole is not null) return RecoveryRole(options.FixedRole);
        var values = provider.FindAll(options.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var names = options.Roles.Count == 0 ? values : options.Roles.Where(r => values.Contains(r.Value)).Select(r => r.Role);
        var roles = names.Select(RecoveryRole).OfType<Role>().ToList();
        return roles.Count == 0 ? null : roles.Max();
    }

    /// <summary>One municipality or none: a person the claims place in two is not guessed at.</summary>
    private static string? MunicipalityOf(ClaimsPrincipal provider, ClaimsOptions options)
    {
        if (options.FixedMunicipality is not null) return options.FixedMunicipality;
        var codes = provider.FindAll(options.Municipality)
            .Select(c => options.Municipalities.FirstOrDefault(m => m.Value == c.Value)?.Code ?? c.Value)
            .Where(MunicipalityCatalog.Exists)
            .Distinct()
            .ToList();
        return codes is [var code] ? code : null;
    }

    internal static Role? RecoveryRole(string name) => RoleNames.FromClaim(name) is { } role && role != Role.Guest ? role : null;
}
