using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Demo;

namespace Recovery.Api.Auth;

/// <summary>Issues real, signed JWTs for the demo personas; registered only in demo mode.</summary>
public sealed class DemoIssuer(IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Issuer = "recovery-demo";

    public SymmetricSecurityKey Key { get; } = new(
        options.Value.DemoSigningKey is { Length: > 0 } key ? Convert.FromBase64String(key) : RandomNumberGenerator.GetBytes(32));

    public string Issue(DemoPersona persona)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [CallerClaims.PersonId] = persona.PersonId,
            [CallerClaims.Name] = persona.Name,
            [CallerClaims.Role] = persona.Role.ToClaim(),
        };
        if (persona.Municipality is { } code) claims[CallerClaims.Municipality] = code;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = options.Value.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.DemoTokenLifetime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
