using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Recovery.Api.Workshops;
using Recovery.Grains.Live;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Live;

/// <summary>
/// This silo's end of live updates: one grain observer, registered in the live directory and
/// renewed every ten seconds, that forwards each notice to the SignalR group of its stream. SignalR
/// groups do not span silos, so every silo runs one; the cost grows with silos, not clients.
/// </summary>
internal sealed partial class LiveBridge(
    IGrainFactory grains, IHubContext<LiveHub> hub, IHubContext<WorkshopHub> rooms, WorkshopConnections connections,
    ILocalSiloDetails silo, TimeProvider clock, ILogger<LiveBridge> logger)
    : BackgroundService, ILiveObserver
{
    /// <summary>
    /// Short, because an entry can be lost while a silo joins (the directory's activation may move or be
    /// duplicated for a moment), and until the next renewal that silo's browsers hear nothing from the others.
    /// </summary>
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    public Task Changed(LiveNotice notice) => Task.WhenAll(
        hub.Clients.Group(notice.Stream).SendAsync("changed", notice),
        MunicipalityCatalog.Exists(notice.Tenant) ? hub.Clients.Group(LiveHub.National).SendAsync("changed", NationalNotice(notice)) : Task.CompletedTask);

    /// <summary>
    /// The console hears which municipality moved, not which stream or event: that is all it needs to
    /// fetch the row again, and a stream name can carry a pseudonym or a group's slug.
    /// </summary>
    private LiveNotice NationalNotice(LiveNotice notice) =>
        new(notice.Tenant, LiveHub.National, clock.GetUtcNow().ToUnixTimeMilliseconds(), []);

    /// <summary>
    /// Starts the send and returns: Orleans hands an observer its messages one at a time, so waiting
    /// for every write to a room of 60 would queue the next step behind it. Clients order steps by
    /// revision themselves, so sends may finish in any order.
    /// </summary>
    public Task Workshop(WorkshopBroadcast message)
    {
        _ = Deliver(message);
        return Task.CompletedTask;
    }

    private async Task Deliver(WorkshopBroadcast message)
    {
        var room = rooms.Clients.Group(WorkshopHub.Group(message.Workshop));
        try
        {
            await (message switch
            {
                StepBroadcast { Step: var s } => room.SendAsync("step", new { workshop = message.Workshop, s.Revision, s.Author, s.OpId, s.Event }),
                StorageBroadcast storage => room.SendAsync("storage", new { workshop = message.Workshop, storage.Available }),
                PresenceBroadcast presence => room.SendAsync("presence", new { workshop = message.Workshop, presence.Participants }),
                EndedBroadcast ended => End(ended),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception e)
        {
            LogRoomSendFailed(e, message.Workshop);
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

    [LoggerMessage(LogLevel.Warning, "A message to workshop {Workshop} could not be sent; its clients catch up by revision")]
    private partial void LogRoomSendFailed(Exception e, string workshop);

    [LoggerMessage(LogLevel.Warning, "The live bridge could not register; live updates from other silos may pause")]
    private partial void LogRegistrationFailed(Exception e);
}
