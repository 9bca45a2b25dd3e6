using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Recovery.Testing.Identity;

/// <summary>
/// A small OpenID Connect provider on a loopback port, standing in for a municipal identity broker:
/// discovery, JWKS with its own RSA key, an authorize endpoint that approves whoever the test chose,
/// and a token endpoint that insists on the code, the redirect address and the PKCE verifier.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "recovery-web";
    public const string ClientSecret = "test-secret";

    private readonly WebApplication app;
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
    private readonly ConcurrentDictionary<string, Grant> grants = new();
    private Dictionary<string, object> nextUser = [];

    private OidcProvider(WebApplication app) => this.app = app;

    public string Issuer { get; private set; } = "";

    /// <summary>Codes exchanged with a correct PKCE verifier.</summary>
    public int VerifiedExchanges { get; private set; }

    public static async Task<OidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new OidcProvider(builder.Build());
        provider.Map();
        await provider.app.StartAsync();
        provider.Issuer = provider.app.Urls.First().TrimEnd('/');
        return provider;
    }

    /// <summary>The person the next authorization approves: their claims as the provider would put them in the ID token.</summary>
    public void SignInAs(Dictionary<string, object> claims) => nextUser = claims;

    /// <summary>An access token as the provider issues for an API, for calling Recovery directly.</summary>
    public string AccessToken(Dictionary<string, object> claims, string audience = "recovery", string? issuer = null) =>
        Sign(new Dictionary<string, object>(claims) { ["scope"] = "openid" }, audience, issuer ?? Issuer, key);

    private static string Sign(Dictionary<string, object> claims, string audience, string issuer, SecurityKey signingKey)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private void Map()
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var query = request.Query;
            if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
                || string.IsNullOrEmpty(query["code_challenge"]))
                return Results.BadRequest("client, response type or PKCE challenge missing");
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            grants[code] = new Grant(nextUser, query["nonce"]!, query["code_challenge"]!, query["redirect_uri"]!);
            return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"]!)}");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
                || !grants.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri
                || Challenge(form["code_verifier"].ToString()) != grant.Challenge)
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            VerifiedExchanges++;
            var idToken = Sign(new Dictionary<string, object>(grant.User) { ["nonce"] = grant.Nonce }, ClientId, Issuer, key);
            return Results.Json(new { access_token = AccessToken(grant.User), id_token = idToken, token_type = "Bearer", expires_in = 600 });
        });
    }

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed record Grant(Dictionary<string, object> User, string Nonce, string Challenge, string RedirectUri);
}
