using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Recovery.Api.Auth;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Demo;

internal static class DemoEndpoints
{
    public sealed record TokenRequest(string? User);

    public static IEndpointRouteBuilder MapDemoSignIn(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled) return app;

        app.MapGet("/auth/personas", () => DemoPersonas.All.Select(p => new
        {
            p.Id,
            p.Name,
            Role = p.Role.ToClaim(),
            MunicipalityCode = p.Municipality,
            MunicipalityName = p.Municipality is { } code ? MunicipalityCatalog.Find(code)?.Name : null,
        }));

        app.MapPost("/auth/demo-token", (TokenRequest? request, DemoIssuer issuer) =>
            DemoPersonas.Find(request?.User) is { } persona
                ? Results.Ok(new { token = issuer.Issue(persona) })
                : Results.Problem(
                    title: "Ukendt demobruger.",
                    detail: $"Vælg en af: {string.Join(", ", DemoPersonas.All.Select(p => p.Id))}.",
                    statusCode: StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["code"] = "UNKNOWN_PERSONA" }))
            .WithSmallBody();
        return app;
    }
}
