using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Recovery.Api.Workshops;

internal static class WorkshopsSetup
{
    public static IServiceCollection AddRecoveryWorkshops(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WorkshopOptions.Section);
        services.AddOptions<WorkshopOptions>().Bind(section)
            .Validate(o => o.GuestTokenLifetime > TimeSpan.Zero && o.GuestTokenLifetime <= WorkshopOptions.MaxGuestTokenLifetime,
                $"{WorkshopOptions.Section}:{nameof(WorkshopOptions.GuestTokenLifetime)} skal være mere end nul og højst {WorkshopOptions.MaxGuestTokenLifetime}: en gæst må aldrig komme ind i næste dags workshop.")
            .ValidateOnStart();
        services.AddSingleton<WorkshopConnections>();
        var joinsPerMinute = section.Get<WorkshopOptions>()?.GuestJoinsPerMinute ?? new WorkshopOptions().GuestJoinsPerMinute;
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(GuestAdmission.RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = joinsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return new ValueTask(Results.Problem(
                    title: "For mange forsøg. Vent et minut, og prøv igen.", statusCode: StatusCodes.Status429TooManyRequests,
                    extensions: new Dictionary<string, object?> { ["code"] = RuleViolation.Codes.RateLimited }).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapRecoveryWorkshops(this IEndpointRouteBuilder app)
    {
        app.MapHub<WorkshopHub>("/hubs/workshop");
        app.MapGuestAdmission();
        return app;
    }
}
