using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Recovery.Grains.Live;

namespace Recovery.Api.Live;

/// <summary>
/// This silo's end of live updates: one grain observer, registered in the live directory and
/// renewed every minute, that forwards each notice to the SignalR group of its stream. SignalR
/// groups do not span silos, so every silo runs one; the cost grows with silos, not clients.
/// </summary>
internal sealed partial class LiveBridge(
    IGrainFactory grains, IHubContext<LiveHub> hub, ILocalSiloDetails silo, ILogger<LiveBridge> logger)
    : BackgroundService, ILiveObserver
{
    private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);

    public Task Changed(LiveNotice notice) => hub.Clients.Group(notice.Stream).SendAsync("changed", notice);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = grains.CreateObjectReference<ILiveObserver>(this);
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await grains.GetGrain<ILiveDirectoryGrain>(0).Register(silo.SiloAddress, reference);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRegistrationFailed(e);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Warning, "The live bridge could not register; live updates from other silos may pause")]
    private partial void LogRegistrationFailed(Exception e);
}
