using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Recovery.Api.Auth;

/// <summary>
/// The default bearer scheme takes Recovery's own tokens (sessions, demo personas) and, when an authority is
/// configured, the provider's access tokens. Each issuer's tokens must be signed by that issuer's key, and
/// the provider's claims pass through the same mapping as a browser sign-in.
/// </summary>
internal sealed partial class ProviderTokens(IReadOnlyDictionary<string, SecurityKey> local, ClaimsOptions claims, ILogger<ProviderTokens> log)
{
    public Task Validated(TokenValidatedContext context)
    {
        var token = (JsonWebToken)context.SecurityToken;
        if (local.TryGetValue(token.Issuer, out var key))
        {
            // Validation accepts any trusted issuer with any trusted key; a provider key must not vouch for Recovery's issuer.
            if (!ReferenceEquals(token.SigningKey, key)) context.Fail("Signed by another issuer's key.");
            return Task.CompletedTask;
        }
        if (local.Values.Contains(token.SigningKey))
        {
            context.Fail("Signed by Recovery's key for a provider's issuer.");
            return Task.CompletedTask;
        }
        var (person, refusal) = ClaimsMapping.Map(context.Principal!, claims);
        if (person is null)
        {
            LogRefused(log, refusal!);
            context.Fail(refusal!);
        }
        else context.Principal = person.ToPrincipal(context.Scheme.Name);
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Warning, "A provider's access token was refused: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string refusal);
}
