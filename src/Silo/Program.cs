using Recovery.Api;
using Recovery.Api.Operations;
using Recovery.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecoveryStore();
builder.AddRecoverySilo();
builder.AddRecoveryOperations();
builder.Services.AddRecoveryApi(builder.Configuration);
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseRecoveryRequestLog();
app.UseExceptionHandler();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapRecoveryApi();
app.MapRecoveryOperations();
app.MapFallbackToFile("index.html").WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
app.Run();

public partial class Program;
