using Recovery.Api;
using Recovery.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecoveryStore();
builder.AddRecoverySilo();
builder.Services.AddRecoveryApi(builder.Configuration);
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapRecoveryApi();
app.MapHealthChecks("/health");
app.MapFallbackToFile("index.html").WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
app.Run();

public partial class Program;
