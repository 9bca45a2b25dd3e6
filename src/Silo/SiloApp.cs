using Recovery.Api;
using Recovery.Api.Operations;

namespace Recovery.Silo;

/// <summary>The whole Silo, built but not started: the executable runs it, tests look inside it.</summary>
internal static class SiloApp
{
    /// <param name="configure">Runs on the builder before anything reads the configuration, so it can add sources.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddRecoveryStore();
        builder.AddRecoverySilo();
        builder.AddRecoveryOperations();
        builder.Services.AddRecoveryApi(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddTrustedFront(builder.Configuration);

        var app = builder.Build();
        app.UseTrustedFront();
        app.UseRecoveryRequestLog();
        app.UseExceptionHandler();
        // An error without a body of its own (the framework's 404, 405, 415 …) gets a problem+json one.
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRecoveryApi();
        app.MapRecoveryOperations();
        app.MapFallbackToFile("index.html").WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
        return app;
    }
}
