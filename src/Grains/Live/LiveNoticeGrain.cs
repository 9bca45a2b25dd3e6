using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Recovery.Grains.Live;

[StatelessWorker]
internal sealed partial class LiveNoticeGrain(TimeProvider clock, ILogger<LiveNoticeGrain> logger) : Grain, ILiveNoticeGrain
{
    /// <summary>
    /// Bridges are cached briefly: a bridge that has just joined may miss a few seconds of notices,
    /// which clients tolerate because they refetch by version on (re)connect.
    /// </summary>
    internal static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private ImmutableArray<ILiveObserver> bridges = [];
    private DateTimeOffset fetched = DateTimeOffset.MinValue;

    public async Task Publish(LiveNotice notice)
    {
        // An empty list is never trusted: a silo without bridges has just started, or lost them.
        if (bridges.IsEmpty || clock.GetUtcNow() - fetched > CacheFor)
        {
            bridges = await GrainFactory.GetGrain<ILiveDirectoryGrain>(0).Bridges();
            fetched = clock.GetUtcNow();
        }
        foreach (var bridge in bridges)
        {
            try
            {
                await bridge.Changed(notice);
            }
            catch (Exception e)
            {
                LogBridgeFailed(e, notice.Stream);
                fetched = DateTimeOffset.MinValue;
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "A live bridge did not take the notice for {Stream}")]
    private partial void LogBridgeFailed(Exception e, string stream);
}
