using Orleans.Concurrency;

namespace Recovery.Grains.Live;

/// <summary>Implemented once per silo by the bridge that forwards notices to that silo's SignalR connections.</summary>
[Alias("recovery.live-observer")]
public interface ILiveObserver : IGrainObserver
{
    /// <summary>
    /// One-way: a slow or vanished bridge must not hold up notices to the others, and a lost
    /// notice costs only latency, because clients catch up by version.
    /// </summary>
    [OneWay, Alias("changed")]
    Task Changed(LiveNotice notice);

    /// <summary>A workshop's step, save mark, presence or end, for the room's connections on this silo.</summary>
    [OneWay, Alias("workshop")]
    Task Workshop(Workshops.WorkshopBroadcast message);
}
