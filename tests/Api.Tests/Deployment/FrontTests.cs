using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Recovery.Testing;

namespace Recovery.Api.Tests.Deployment;

/// <summary>
/// The front itself, deploy/nginx.conf as ./run-cluster.sh runs it (Debian's nginx through deploy/front.sh),
/// before two stand-in silos that answer with their name: a browser stays on one, is moved to the other
/// when its silo stops, and WebSockets pass through.
/// </summary>
public sealed class FrontTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("recovery-front-").FullName;
    private readonly int port = FreePorts.Next();
    private readonly Dictionary<string, WebApplication> silos = [];
    private readonly HttpClient http = new();

    public async ValueTask InitializeAsync()
    {
        foreach (var name in new[] { "silo-a", "silo-b" }) silos[name] = await StandIn(name);
        await Front("start", [port.ToString(), .. silos.Values.Select(s => s.Urls.Single().Replace("http://", "", StringComparison.Ordinal))]);
        http.BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Front("stop", []);
        foreach (var silo in silos.Values) await silo.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_browser_stays_on_one_silo_and_moves_to_another_when_its_silo_stops()
    {
        var first = await http.GetStringAsync("/who", Ct);
        for (var i = 0; i < 20; i++) Assert.Equal(first, await http.GetStringAsync("/who", Ct));

        await silos[first].StopAsync(Ct);

        var other = silos.Keys.Single(k => k != first);
        for (var i = 0; i < 5; i++) Assert.Equal(other, await http.GetStringAsync("/who", Ct));
    }

    [Fact]
    public async Task A_websocket_passes_through_both_ways()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/echo"), Ct);
        await socket.SendAsync(Encoding.UTF8.GetBytes("workshop"), WebSocketMessageType.Text, true, Ct);
        var buffer = new byte[64];
        var received = await socket.ReceiveAsync(buffer, Ct);
        Assert.Equal("workshop", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Ct);
    }

    /// <summary>Answers <c>/who</c> with its name and echoes one WebSocket message on <c>/echo</c>.</summary>
    private static async Task<WebApplication> StandIn(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePorts.Next()}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGet("/who", () => name);
        app.Map("/echo", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[64];
            var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
            await socket.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, true, context.RequestAborted);
            await socket.ReceiveAsync(buffer, context.RequestAborted);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
        });
        await app.StartAsync();
        return app;
    }

    private async Task Front(string command, string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "deploy", "front.sh"), command, folder, .. arguments])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"deploy/front.sh {command}: {error}");
    }
}
