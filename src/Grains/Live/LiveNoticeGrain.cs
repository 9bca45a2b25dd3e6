using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Recovery.Grains.Live;

[StatelessWorker]
internal sealed partial class LiveNoticeGrain(TimeProvider clock, ILogger<LiveNoticeGrain> logger) : Grain, ILiveNoticeGrain
{
    private LiveBridgeCache bridges = null!;

    public override Task OnActivateAsync(CancellationToken ct)
    {
        bridges = new LiveBridgeCache(GrainFactory, clock);
        return Task.CompletedTask;
    }

    public async Task Publish(LiveNotice notice)
    {
        foreach (var bridge in await bridges.Get())
        {
            try
            {
                await bridge.Changed(notice);
            }
            catch (Exception e)
            {
                LogBridgeFailed(e, notice.Stream);
                bridges.Forget();
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "A live bridge did not take the notice for {Stream}")]
    private partial void LogBridgeFailed(Exception e, string stream);
}
