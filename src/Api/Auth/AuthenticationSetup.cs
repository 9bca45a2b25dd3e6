using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Demo;
using Recovery.Api.Workshops;

namespace Recovery.Api.Auth;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddRecoveryAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.Section))
            .Validate<IOptions<DemoOptions>>((auth, demo) => auth.Authority is null || !demo.Value.Enabled,
                "Recovery:Auth:Authority og Recovery:Demo:Enabled kan ikke bruges sammen: demo-tokens ville aldrig blive godkendt.")
            .ValidateOnStart();
        services.AddSingleton<DemoIssuer>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IOptions<DemoOptions>, DemoIssuer>((jwt, auth, demo, issuer) =>
            {
                ReadRecoveryClaims(jwt);
                jwt.Authority = auth.Value.Authority;
                jwt.Audience = auth.Value.Audience;
                if (auth.Value.Authority is null && demo.Value.Enabled)
                {
                    jwt.TokenValidationParameters.ValidIssuer = DemoIssuer.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKey = issuer.Key;
                }
            });
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
