using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
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

    public SymmetricSecurityKey Key { get; } = new(
        options.Value.GuestSigningKey is { Length: > 0 } key ? Convert.FromBase64String(key) : RandomNumberGenerator.GetBytes(32));

    public (string Token, DateTimeOffset ExpiresAt) Issue(string participant, string name, string municipality, string workshop)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.GuestTokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object>
            {
                [CallerClaims.PersonId] = participant,
                [CallerClaims.Name] = name,
                [CallerClaims.Role] = Role.Guest.ToClaim(),
                [CallerClaims.Municipality] = municipality,
                [CallerClaims.Workshop] = workshop,
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
