namespace Recovery.Api.Auth;

/// <summary>Configuration section <c>Recovery:Auth:Oidc</c>: the provider people sign in through in a browser.</summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }

    /// <summary>Empty for a public client: the code flow is protected by PKCE either way.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Space-separated, as OpenID Connect writes them.</summary>
    public string Scope { get; set; } = "openid profile";

    /// <summary>Shown on the sign-in button: «Log ind med …».</summary>
    public string DisplayName { get; set; } = "din organisations login";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
