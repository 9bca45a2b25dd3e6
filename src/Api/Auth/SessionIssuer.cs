using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Recovery.Api.Auth;

/// <summary>
/// Issues the session token a person gets after signing in through the provider: Recovery's own claims,
/// signed with the shared key, so the browser never holds the provider's tokens and every silo accepts it.
/// </summary>
public sealed class SessionIssuer(IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Issuer = "recovery";

    private readonly LocalSigning signing = new(options.Value.SigningKey, Issuer);

    public SymmetricSecurityKey Key => signing.Key;

    public string Issue(MappedPerson person)
    {
        var now = clock.GetUtcNow();
        return signing.Issue(options.Value.Audience, person.ToClaims(), now, now + options.Value.SessionLifetime);
    }
}
