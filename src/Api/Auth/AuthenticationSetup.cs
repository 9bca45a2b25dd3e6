using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Demo;
using Recovery.Api.Workshops;

namespace Recovery.Api.Auth;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddRecoveryAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidation>();
        services.AddSingleton<DemoIssuer>();
        services.AddSingleton<SessionIssuer>();
        services.AddAuthorization();
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IOptions<DemoOptions>, DemoIssuer, SessionIssuer, ILoggerFactory>((jwt, auth, demo, demoIssuer, sessions, logs) =>
            {
                ReadRecoveryClaims(jwt);
                jwt.Authority = auth.Value.Authority;
                jwt.RequireHttpsMetadata = !OidcSignIn.IsLoopback(auth.Value.Authority);
                jwt.Audience = auth.Value.Audience;
                var local = new Dictionary<string, SecurityKey>(StringComparer.Ordinal) { [SessionIssuer.Issuer] = sessions.Key };
                if (demo.Value.Enabled) local[DemoIssuer.Issuer] = demoIssuer.Key;
                jwt.TokenValidationParameters.ValidIssuers = local.Keys;
                jwt.TokenValidationParameters.IssuerSigningKeys = local.Values;
                var tokens = new ProviderTokens(local, auth.Value.Claims, logs.CreateLogger<ProviderTokens>());
                jwt.Events.OnTokenValidated = tokens.Validated;
            });
        if (!string.IsNullOrWhiteSpace(configuration[$"{AuthOptions.Section}:Oidc:Authority"])) authentication.AddOidcSignIn();
        services.AddSingleton<GuestTokens>();
        services.AddAuthentication().AddJwtBearer(GuestTokens.Scheme);
        services.AddOptions<JwtBearerOptions>(GuestTokens.Scheme)
            .Configure<GuestTokens>((jwt, guests) =>
            {
                ReadRecoveryClaims(jwt);
                jwt.TokenValidationParameters.ValidIssuer = GuestTokens.Issuer;
                jwt.TokenValidationParameters.ValidAudience = GuestTokens.Audience;
                jwt.TokenValidationParameters.IssuerSigningKey = guests.Key;
            });
        return services;
    }

    /// <summary>Claims as Recovery names them, a little clock skew, and the hub's query-string token, for every scheme.</summary>
    internal static void ReadRecoveryClaims(JwtBearerOptions jwt)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.NameClaimType = CallerClaims.Name;
        jwt.TokenValidationParameters.RoleClaimType = CallerClaims.Role;
        jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        jwt.Events = new JwtBearerEvents { OnMessageReceived = TokenFromHubQuery };
    }

    /// <summary>Browsers cannot set headers on WebSockets, so the SignalR client sends the token in the query string.</summary>
    private static Task TokenFromHubQuery(MessageReceivedContext context)
    {
        if (context.HttpContext.Request.Path.StartsWithSegments("/hubs")
            && context.Request.Query["access_token"] is [{ Length: > 0 } token])
            context.Token = token;
        return Task.CompletedTask;
    }
}
