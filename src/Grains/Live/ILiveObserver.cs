namespace Recovery.Grains.Live;

/// <summary>Implemented once per silo by the bridge that forwards notices to that silo's SignalR connections.</summary>
[Alias("recovery.live-observer")]
public interface ILiveObserver : IGrainObserver
{
    [Alias("changed")]
    Task Changed(LiveNotice notice);
}
