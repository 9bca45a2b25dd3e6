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
        // The same claims a session after a provider's sign-in carries: a persona is read exactly like a real person.
        var claims = new MappedPerson(persona.PersonId, persona.Name, persona.Role, persona.Municipality).ToClaims();
        return signing.Issue(options.Value.Audience, claims, now, now + options.Value.DemoTokenLifetime);
    }
}
