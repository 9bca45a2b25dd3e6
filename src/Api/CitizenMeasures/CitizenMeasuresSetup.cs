using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;

namespace Recovery.Api.CitizenMeasures;

internal static class CitizenMeasuresSetup
{
    public static IServiceCollection AddRecoveryCitizenMeasures(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CitizenMeasureOptions.Section);
        services.Configure<CitizenMeasureOptions>(section);
        services.AddSingleton<CitizenTokens>();
        services.AddAuthentication().AddJwtBearer(CitizenTokens.Scheme);
        services.AddOptions<JwtBearerOptions>(CitizenTokens.Scheme)
            .Configure<CitizenTokens>((jwt, tokens) =>
            {
                AuthenticationSetup.ReadRecoveryClaims(jwt);
                jwt.TokenValidationParameters.ValidIssuer = CitizenTokens.Issuer;
                jwt.TokenValidationParameters.ValidAudience = CitizenTokens.Audience;
                jwt.TokenValidationParameters.IssuerSigningKey = tokens.Key;
            });
        var perMinute = section.Get<CitizenMeasureOptions>()?.SignInsPerMinute ?? new CitizenMeasureOptions().SignInsPerMinute;
        services.AddRateLimiter(limiter => limiter.AddPolicy(CitizenSignIn.RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));
        return services;
    }

    public static IEndpointRouteBuilder MapRecoveryCitizenMeasures(this IEndpointRouteBuilder app) => app.MapCitizenSignIn();
}
