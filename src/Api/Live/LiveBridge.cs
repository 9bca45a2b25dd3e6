using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Recovery.Api.Workshops;
using Recovery.Grains.Live;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Live;

/// <summary>
/// This silo's end of live updates: one grain observer, registered in the live directory and
/// renewed every minute, that forwards each notice to the SignalR group of its stream. SignalR
/// groups do not span silos, so every silo runs one; the cost grows with silos, not clients.
/// </summary>
internal sealed partial class LiveBridge(
    IGrainFactory grains, IHubContext<LiveHub> hub, IHubContext<WorkshopHub> rooms, WorkshopConnections connections,
    ILocalSiloDetails silo, ILogger<LiveBridge> logger)
    : BackgroundService, ILiveObserver
{
    private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    public Task Changed(LiveNotice notice) => hub.Clients.Group(notice.Stream).SendAsync("changed", notice);

    public Task Workshop(WorkshopBroadcast message)
    {
        var room = rooms.Clients.Group(WorkshopHub.Group(message.Workshop));
        switch (message)
        {
            case StepBroadcast { Step: var s }:
                return room.SendAsync("step", new { workshop = message.Workshop, s.Revision, s.Author, s.OpId, s.Event });
            case SavedBroadcast saved:
                return room.SendAsync("saved", new { workshop = message.Workshop, saved.Revision });
            case PresenceBroadcast presence:
                return room.SendAsync("presence", new { workshop = message.Workshop, presence.Participants });
            case EndedBroadcast ended:
                return End(ended);
            default:
                return Task.CompletedTask;
        }
    }

    private async Task End(EndedBroadcast ended)
    {
        var to = ended.Participant is null
            ? rooms.Clients.Group(WorkshopHub.Group(ended.Workshop))
            : rooms.Clients.Clients(connections.Of(ended.Workshop, ended.Participant));
        await to.SendAsync("ended", new { workshop = ended.Workshop, ended.Reason });
        connections.Close(ended.Workshop, ended.Participant);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = grains.CreateObjectReference<ILiveObserver>(this);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Until registered, this silo's browsers get no notices: retry soon, then renew calmly.
                var registered = await Register(reference);
                await Task.Delay(registered ? Renewal : Retry, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            grains.DeleteObjectReference<ILiveObserver>(reference);
        }
    }

    private async Task<bool> Register(ILiveObserver reference)
    {
        try
        {
            await grains.GetGrain<ILiveDirectoryGrain>(0).Register(silo.SiloAddress, reference);
            return true;
        }
        catch (Exception e)
        {
            LogRegistrationFailed(e);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Warning, "The live bridge could not register; live updates from other silos may pause")]
    private partial void LogRegistrationFailed(Exception e);
}
