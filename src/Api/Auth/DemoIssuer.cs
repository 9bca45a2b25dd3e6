using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Demo;

namespace Recovery.Api.Auth;

/// <summary>Issues real, signed JWTs for the demo personas; registered only in demo mode.</summary>
public sealed class DemoIssuer(IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Issuer = "recovery-demo";

    private readonly LocalSigning signing = new(options.Value.DemoSigningKey, Issuer);

    public SymmetricSecurityKey Key => signing.Key;

    public string Issue(DemoPersona persona)
    {
        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [CallerClaims.PersonId] = persona.PersonId,
            [CallerClaims.Name] = persona.Name,
            [CallerClaims.Role] = persona.Role.ToClaim(),
        };
        if (persona.Municipality is { } code) claims[CallerClaims.Municipality] = code;
        return signing.Issue(options.Value.Audience, claims, now, now + options.Value.DemoTokenLifetime);
    }
}
