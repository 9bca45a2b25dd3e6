using System.Collections.Immutable;

namespace Recovery.Grains.Live;

/// <summary>The cluster's list of live bridges, one per silo; a bridge renews its entry periodically.</summary>
[Alias("recovery.live-directory")]
public interface ILiveDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("register")]
    Task Register(SiloAddress silo, ILiveObserver bridge);

    [Alias("bridges")]
    Task<ImmutableArray<ILiveObserver>> Bridges();
}
