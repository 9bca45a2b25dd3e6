using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Benchmarks.Live;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// The HTTP half of the floor: Kestrel in the same process as the Silo (so it shares its CPUs and
/// thread pool), reading the whole body and answering a small JSON, with nothing else in between.
/// </summary>
public sealed class BareEndpoint(WebApplication app, Uri address) : IAsyncDisposable
{
    public const string LivePath = "/bare/live";
    public const string HubPath = "/hubs/bare";

    public Uri Address { get; } = address;

    /// <param name="liveFloor">
    /// For the live suite: also a bare hub, and a POST that commits the body and then tells the hub's group.
    /// Without it the app is exactly the mutation suite's floor.
    /// </param>
    public static async Task<BareEndpoint> StartAsync(FloorCommit? liveFloor = null)
    {
        var builder = LoopbackApp.CreateBuilder();
        if (liveFloor is not null) builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapPost("/bare", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
            return Results.Json(new BareAnswer(new BareData(body.Length)));
        });
        if (liveFloor is not null)
        {
            app.MapHub<BareHub>(HubPath);
            app.MapPost(LivePath + "/{marker:long}", async (long marker, HttpRequest request, IHubContext<BareHub> hub) =>
            {
                var ct = request.HttpContext.RequestAborted;
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                await liveFloor.Commit(Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length), ct);
                await hub.Clients.Group(BareHub.Group).SendAsync(Notice.Method, Notice.Bare(marker), ct);
                return Results.Json(new BareAnswer(new BareData(body.Length)));
            });
        }
        return new BareEndpoint(app, await LoopbackApp.StartAsync(app));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private sealed record BareAnswer(BareData Data);

    private sealed record BareData(long Received);
}
