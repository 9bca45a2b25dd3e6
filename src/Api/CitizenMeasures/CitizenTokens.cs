using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Auth;

namespace Recovery.Api.CitizenMeasures;

/// <summary>
/// Issues the token a citizen gets for a personal code: signed by Recovery itself (citizens have no
/// account), short-lived, without a name, scoped to the citizen's own grain. Only the GraphQL endpoint
/// accepts its scheme; the live hub, the workshop hub and exports do not.
/// </summary>
public sealed class CitizenTokens(IOptions<CitizenMeasureOptions> options, TimeProvider clock)
{
    public const string Scheme = "citizen-code";
    public const string Issuer = "recovery-citizen";
    public const string Audience = "recovery-citizen-measures";

    private readonly LocalSigning signing = new(options.Value.CodeSigningKey, Issuer);

    public SymmetricSecurityKey Key => signing.Key;

    public (string Token, DateTimeOffset ExpiresAt) Issue(string pseudonym, string municipality, string citizenGrain)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [CallerClaims.PersonId] = pseudonym,
            [CallerClaims.Role] = Role.Citizen.ToClaim(),
            [CallerClaims.Municipality] = municipality,
            [CallerClaims.Scope] = citizenGrain,
        };
        return (signing.Issue(Audience, claims, now, expires), expires);
    }

    /// <summary>The request's user: the default scheme's when it signed in, otherwise a valid personal-code token's.</summary>
    public static async Task<ClaimsPrincipal> UserOf(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true || !http.Request.Headers.Authorization.Any()) return http.User;
        var citizen = await http.AuthenticateAsync(Scheme);
        return citizen.Succeeded ? citizen.Principal : http.User;
    }
}
