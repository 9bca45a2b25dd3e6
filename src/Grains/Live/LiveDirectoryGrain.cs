using System.Collections.Immutable;

namespace Recovery.Grains.Live;

internal sealed class LiveDirectoryGrain(IClusterMembershipService membership, TimeProvider clock) : Grain, ILiveDirectoryGrain
{
    /// <summary>A bridge renews every ten seconds; three missed renewals mean its silo is gone or wedged.</summary>
    internal static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    private readonly Dictionary<SiloAddress, (ILiveObserver Bridge, DateTimeOffset Seen)> bridges = [];

    public Task Register(SiloAddress silo, ILiveObserver bridge)
    {
        bridges[silo] = (bridge, clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<ILiveObserver>> Bridges()
    {
        var now = clock.GetUtcNow();
        var members = membership.CurrentSnapshot;
        foreach (var silo in bridges.Keys.ToArray())
        {
            // Only Dead: a silo this directory's membership view has not met yet is young, not gone.
            var dead = members.GetSiloStatus(silo) == SiloStatus.Dead;
            if (dead || now - bridges[silo].Seen > Expiry) bridges.Remove(silo);
        }
        return Task.FromResult(bridges.Values.Select(b => b.Bridge).ToImmutableArray());
    }
}
