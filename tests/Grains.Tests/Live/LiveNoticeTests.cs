using System.Threading.Channels;
using Recovery.Grains.Live;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Tests.Cluster;
using Recovery.Grains.Tests.SteeringGroups;

namespace Recovery.Grains.Tests.Live;

[Collection(nameof(ClusterCollection))]
public sealed class LiveNoticeTests(ClusterFixture fixture)
{
    private sealed class Bridge : ILiveObserver
    {
        public Channel<LiveNotice> Received { get; } = Channel.CreateUnbounded<LiveNotice>();

        public Task Changed(LiveNotice notice) => Received.Writer.WriteAsync(notice).AsTask();

        // These tests are about plan notices; workshop traffic is not what they listen for.
        public Task Workshop(Recovery.Grains.Workshops.WorkshopBroadcast message) => Task.CompletedTask;
    }

    /// <summary>Registers a bridge and lets publishers' cached bridge lists expire, as time does in production.</summary>
    private async Task<Bridge> Registered(int silo)
    {
        var bridge = new Bridge();
        var reference = fixture.Client.CreateObjectReference<ILiveObserver>(bridge);
        await fixture.Client.GetGrain<ILiveDirectoryGrain>(0).Register(fixture.Cluster.Silos[silo].SiloAddress, reference);
        fixture.Clock.Advance(LiveBridgeCache.CacheFor + TimeSpan.FromSeconds(1));
        return bridge;
    }

    [Fact]
    public async Task A_stored_change_reaches_every_registered_bridge_with_its_version()
    {
        var bridge = await Registered(0);

        Callers.Tovholder("330").Enter();
        var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain("330"));
        await group.Establish(new EstablishSteeringGroup());
        var version = await group.AddPlanItem(Spec.Item("i-1"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        LiveNotice notice;
        do notice = await bridge.Received.Reader.ReadAsync(timeout.Token);
        while (notice.Stream != SteeringGroupKeys.Stream("330") || notice.Version < version);

        Assert.Equal(("330", "steering:330", version), (notice.Tenant, notice.Stream, notice.Version));
        Assert.Equal(["development_plan_item_added"], notice.Events);
    }

    [Fact]
    public async Task A_command_that_changes_nothing_sends_no_notice()
    {
        var bridge = await Registered(1);

        Callers.Tovholder("336").Enter();
        var group = fixture.Client.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain("336"));
        await group.Establish(new EstablishSteeringGroup());
        await group.Establish(new EstablishSteeringGroup());
        var marker = await group.AddPlanItem(Spec.Item("i-marker"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var versions = new List<long>();
        LiveNotice notice;
        do
        {
            notice = await bridge.Received.Reader.ReadAsync(timeout.Token);
            if (notice.Stream == SteeringGroupKeys.Stream("336")) versions.Add(notice.Version);
        } while (notice.Stream != SteeringGroupKeys.Stream("336") || notice.Version < marker);

        // Notices may be lost (clients catch up by version), but a repeat that stored nothing never sends one.
        Assert.Equal(versions.Distinct(), versions);
        Assert.All(versions, v => Assert.Contains(v, new[] { 1L, marker }));
    }
}
