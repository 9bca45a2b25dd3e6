using Orleans.Concurrency;

namespace Recovery.Grains.Live;

/// <summary>Fans a notice out to every silo's bridge; a stateless worker, so publishing never queues behind one grain.</summary>
[Alias("recovery.live-notices")]
public interface ILiveNoticeGrain : IGrainWithIntegerKey
{
    [OneWay, Alias("publish")]
    Task Publish(LiveNotice notice);
}
