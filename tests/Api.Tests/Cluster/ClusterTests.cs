using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Recovery.Grains.SteeringGroups;
using Recovery.Testing;

namespace Recovery.Api.Tests.Cluster;

/// <summary>Several silos are one cluster: one activation per grain, and live updates reach a browser on any silo.</summary>
public sealed class ClusterTests(TwoSilos silos) : IClassFixture<TwoSilos>
{
    /// <summary>
    /// A notice can be lost while a silo's cached list of bridges is older than the silo that just joined
    /// (clients catch up by version); a later change must get through, so a few changes are tried.
    /// </summary>
    private const int Changes = 3;

    private static readonly TimeSpan NoticeWait = TimeSpan.FromSeconds(8);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_browser_on_one_silo_hears_a_change_made_through_the_silo_where_the_grain_lives()
    {
        // Read through the second silo first, so the grain is active somewhere; then find out where.
        Assert.Empty((await silos.Client(silos.Second, "herning-chef").GraphQLAsync(Version, new { code = "657" }, ct: Ct)).Errors);
        var home = await HostOf(silos.Second, "657");
        var (owner, other) = home == SiloOf(silos.First) ? (silos.First, silos.Second)
            : home == SiloOf(silos.Second) ? (silos.Second, silos.First)
            : throw new InvalidOperationException($"The grain lives on {home}, neither silo of the cluster.");

        var notices = Channel.CreateUnbounded<JsonElement>();
        await using var browser = await other.LiveAsync(silos.Tokens["herning-chef"], Ct);
        browser.On<JsonElement>("changed", n => notices.Writer.TryWrite(n.Clone()));
        await browser.InvokeAsync<long>("Follow", "steering:657", Ct);

        for (var change = 1; ; change++)
        {
            var version = await AddPlanItem(owner, "herning-tovholder", "657");
            var notice = await Next(notices, n => n.GetProperty("stream").GetString() == "steering:657" && n.GetProperty("version").GetInt64() == version);
            if (notice is { } heard)
            {
                Assert.Equal(["development_plan_item_added"], heard.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
                return;
            }
            Assert.True(change < Changes, $"None of {Changes} changes made through the grain's silo reached the browser on the other silo.");
        }
    }

    [Fact]
    public async Task Changes_through_both_silos_at_once_go_to_one_activation_and_take_consecutive_versions()
    {
        var before = await CurrentVersion(silos.First);
        var through = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? silos.First : silos.Second).ToArray();

        // All at once: two activations of the group would each append from their own version and collide.
        var versions = await Task.WhenAll(through.Select(silo => AddPlanItem(silo, "roskilde-leder", "265")));

        Assert.Equal(Enumerable.Range(1, through.Length).Select(i => before + i), versions.Order());
        Assert.Equal(before + through.Length, await CurrentVersion(silos.First));
        Assert.Equal(before + through.Length, await CurrentVersion(silos.Second));
        Assert.Equal(await HostOf(silos.First, "265"), await HostOf(silos.Second, "265"));
    }

    private const string Version = "query($code: String!) { municipality(code: $code) { steeringGroup { version } } }";

    private async Task<long> CurrentVersion(RecoveryServer silo)
    {
        var response = await silos.Client(silo, "roskilde-leder").GraphQLAsync(Version, new { code = "265" }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("municipality", "steeringGroup", "version").GetInt64();
    }

    private async Task<long> AddPlanItem(RecoveryServer silo, string persona, string municipality)
    {
        var response = await silos.Client(silo, persona).GraphQLAsync(Documents.AddPlanItem,
            new { input = new { municipalityCode = municipality, id = Documents.NewId("i"), prerequisite = 7, title = "Kursus i recovery" } }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("addPlanItem", "version").GetInt64();
    }

    /// <summary>The silo where the steering group's one activation lives, as the cluster's grain directory tells the asking silo.</summary>
    private static async Task<SiloAddress?> HostOf(RecoveryServer asking, string municipality)
    {
        var grains = asking.Services.GetRequiredService<IGrainFactory>();
        return await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(municipality)));
    }

    private static SiloAddress SiloOf(RecoveryServer silo) => silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>The first notice matching the condition, or null if none comes within <see cref="NoticeWait"/>.</summary>
    private static async Task<JsonElement?> Next(Channel<JsonElement> notices, Func<JsonElement, bool> matches)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(NoticeWait);
        try
        {
            while (true)
            {
                var notice = await notices.Reader.ReadAsync(limit.Token);
                if (matches(notice)) return notice;
            }
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
