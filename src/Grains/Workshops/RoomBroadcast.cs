using Microsoft.Extensions.Logging;
using Recovery.Grains.Live;

namespace Recovery.Grains.Workshops;

/// <summary>
/// Sends a room's messages to every silo's live bridge, one-way and in the caller's turn, so a
/// step goes out the moment it is sequenced. A bridge list gone stale is refreshed in the
/// background; a message a bridge misses meanwhile costs its clients a catch-up, never an edit.
/// </summary>
internal sealed partial class RoomBroadcast(LiveBridgeCache bridges, string workshop, ILogger logger)
{
    public Task Start() => bridges.Get();

    public void Send(WorkshopBroadcast message)
    {
        if (!bridges.Fresh) _ = Refresh();
        foreach (var bridge in bridges.Current)
        {
            try
            {
                bridge.Workshop(message).Ignore();
            }
            catch (Exception e)
            {
                LogBridgeFailed(e, workshop);
                bridges.Forget();
            }
        }
    }

    private async Task Refresh()
    {
        try
        {
            await bridges.Get();
        }
        catch (Exception e)
        {
            LogBridgeFailed(e, workshop);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A live bridge did not take a message for {Workshop}; clients catch up by revision")]
    private partial void LogBridgeFailed(Exception e, string workshop);
}
