using System.Diagnostics;
using System.Security.Claims;

namespace Recovery.Api.Auth;

/// <summary>The claims Recovery reads from a token, whoever issued it (demo issuer or a municipal identity broker).</summary>
public static class CallerClaims
{
    public const string PersonId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Municipality = "municipality";

    /// <summary>Only in a token scoped to one grain (a workshop guest's, a citizen's personal-code token): that grain's key.</summary>
    public const string Scope = "grain";

    /// <summary>The caller a token describes, or null when it is missing or names no known role.</summary>
    public static Caller? ToCaller(this ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        var personId = user.FindFirstValue(PersonId);
        var role = RoleNames.FromClaim(user.FindFirstValue(Role));
        if (personId is null || role is null) return null;
        return new Caller(personId, user.FindFirstValue(Municipality), role.Value, Activity.Current?.TraceId.ToString(), user.FindFirstValue(Scope));
    }
}
