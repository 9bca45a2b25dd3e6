using System.Collections.Immutable;

namespace Recovery.Grains.Live;

/// <summary>
/// The cluster's live bridges as last fetched from the directory. A bridge that has just joined may
/// miss a few seconds of messages, which clients tolerate because they catch up by version.
/// </summary>
internal sealed class LiveBridgeCache(IGrainFactory grains, TimeProvider clock)
{
    internal static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private DateTimeOffset fetched = DateTimeOffset.MinValue;

    public ImmutableArray<ILiveObserver> Current { get; private set; } = [];

    // An empty list is never trusted: a silo without bridges has just started, or lost them.
    public bool Fresh => !Current.IsEmpty && clock.GetUtcNow() - fetched <= CacheFor;

    public async Task<ImmutableArray<ILiveObserver>> Get()
    {
        if (!Fresh)
        {
            Current = await grains.GetGrain<ILiveDirectoryGrain>(0).Bridges();
            fetched = clock.GetUtcNow();
        }
        return Current;
    }

    public void Forget() => fetched = DateTimeOffset.MinValue;
}
