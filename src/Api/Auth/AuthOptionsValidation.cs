using Microsoft.Extensions.Options;
using Recovery.Api.Demo;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Auth;

/// <summary>A sign-in configuration that would let no one in, or the wrong people, stops the start with the setting named.</summary>
internal sealed class AuthOptionsValidation(IOptions<DemoOptions> demo) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var claims = options.Claims;
        var failures = new List<string>();
        if (demo.Value.Enabled && (options.Authority is not null || options.Oidc.Enabled))
            failures.Add("Recovery:Auth:Authority eller Recovery:Auth:Oidc:Authority kan ikke bruges sammen med Recovery:Demo:Enabled: demo-personer må ikke findes ved siden af rigtige brugere.");
        if (options.Oidc.Enabled && string.IsNullOrWhiteSpace(options.Oidc.ClientId))
            failures.Add("Recovery:Auth:Oidc:ClientId mangler: login-udbyderen kender Recovery under et klient-id.");
        // Without a shared key each silo draws its own: a session, or a sign-in coming back from the
        // provider, would fail on every silo but the one that made it, and on that one after a restart.
        if (options.Oidc.Enabled && string.IsNullOrWhiteSpace(options.SigningKey))
            failures.Add("Recovery:Auth:SigningKey mangler: alle silos skal dele nøglen, der underskriver sessioner efter login hos udbyderen.");
        failures.AddRange(claims.Roles.Where(r => ClaimsMapping.RecoveryRole(r.Role) is null)
            .Select(r => $"Recovery:Auth:Claims:Roles: «{r.Role}» (for «{r.Value}») er ikke en rolle i Recovery."));
        if (claims.FixedRole is { } fixedRole && ClaimsMapping.RecoveryRole(fixedRole) is null)
            failures.Add($"Recovery:Auth:Claims:FixedRole: «{fixedRole}» er ikke en rolle i Recovery.");
        failures.AddRange(claims.Municipalities.Where(m => !MunicipalityCatalog.Exists(m.Code))
            .Select(m => $"Recovery:Auth:Claims:Municipalities: «{m.Code}» (for «{m.Value}») er ikke en kommunekode."));
        if (claims.FixedMunicipality is { } code && !MunicipalityCatalog.Exists(code))
            failures.Add($"Recovery:Auth:Claims:FixedMunicipality: «{code}» er ikke en kommunekode.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
