namespace Recovery.Api.Auth;

/// <summary>
/// Configuration section <c>Recovery:Auth</c>. In production set <see cref="Authority"/> to an
/// OpenID Connect provider; the demo issuer exists only when <c>Recovery:Demo:Enabled</c> is true.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Recovery:Auth";

    public string? Authority { get; set; }
    public string Audience { get; set; } = "recovery";

    /// <summary>Base64 HMAC key for demo tokens; several silos must share it. Random per process when empty.</summary>
    public string? DemoSigningKey { get; set; }

    public TimeSpan DemoTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
