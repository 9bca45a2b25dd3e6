using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Auth;

namespace Recovery.Api.Workshops;

/// <summary>
/// Issues the token a guest gets for a workshop code: signed by Recovery itself (guests have no
/// identity provider), accepted only by the workshop hub's own authentication scheme, and naming
/// the one workshop it admits to.
/// </summary>
public sealed class GuestTokens(IOptions<WorkshopOptions> options, TimeProvider clock)
{
    public const string Scheme = "workshop-guest";
    public const string Issuer = "recovery-workshop";
    public const string Audience = "recovery-workshop-hub";

    private readonly LocalSigning signing = new(options.Value.GuestSigningKey, Issuer);

    public SymmetricSecurityKey Key => signing.Key;

    public (string Token, DateTimeOffset ExpiresAt) Issue(string participant, string name, string municipality, string workshop)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.GuestTokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [CallerClaims.PersonId] = participant,
            [CallerClaims.Name] = name,
            [CallerClaims.Role] = Role.Guest.ToClaim(),
            [CallerClaims.Municipality] = municipality,
            [CallerClaims.Scope] = workshop,
        };
        return (signing.Issue(Audience, claims, now, expires), expires);
    }
}
