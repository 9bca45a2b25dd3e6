namespace Recovery.Api.Auth;

/// <summary>
/// Configuration section <c>Recovery:Auth</c>. In production people sign in through an OpenID Connect
/// provider (<see cref="Oidc"/>), and programs may call with the provider's own access tokens
/// (<see cref="Authority"/>); the demo issuer exists only when <c>Recovery:Demo:Enabled</c> is true.
/// See docs/identity.md.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Recovery:Auth";

    /// <summary>The provider whose access tokens are accepted as bearer tokens, mapped by <see cref="Claims"/>.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = "recovery";

    /// <summary>Browser sign-in through an OpenID Connect provider; off while its authority is empty.</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>How the provider's claims become a Recovery person, role and municipality.</summary>
    public ClaimsOptions Claims { get; set; } = new();

    /// <summary>
    /// Base64 HMAC key for the session tokens Recovery issues after a sign-in through the provider; several
    /// silos must share it. Random per process when empty.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Short: the browser keeps it in one tab, and signing in again at the provider takes a click.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Base64 HMAC key for demo tokens; several silos must share it. Random per process when empty.</summary>
    public string? DemoSigningKey { get; set; }

    public TimeSpan DemoTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
