using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Recovery.Api.Auth;

/// <summary>
/// Tokens Recovery signs itself (demo personas, workshop guests): with a configured base64 HMAC key,
/// which several silos must share, or a random key that lives as long as the process.
/// </summary>
internal sealed class LocalSigning(string? configuredKey, string issuer)
{
    public SymmetricSecurityKey Key { get; } = new(
        configuredKey is { Length: > 0 } key ? Convert.FromBase64String(key) : RandomNumberGenerator.GetBytes(32));

    public string Issue(string audience, Dictionary<string, object> claims, DateTimeOffset now, DateTimeOffset expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
}
