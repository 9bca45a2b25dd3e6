using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Demo;

namespace Recovery.Api.Tests.ReferenceNetwork;

/// <summary>The country demo's network: eighteen members, figures enough that cells are shown, and a second run that stores nothing.</summary>
public sealed class DemoReferenceNetworkTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_network_publishes_an_edition_with_shown_and_hidden_cells_and_seeding_again_changes_nothing()
    {
        var grains = api.Server.Services.GetRequiredService<IGrainFactory>();
        await DemoReferenceNetwork.Seed(grains);
        await DemoReferenceNetwork.PublishFirstEdition(grains);
        var stored = await api.EventCountAsync(Ct);
        await DemoReferenceNetwork.Seed(grains);
        await DemoReferenceNetwork.PublishFirstEdition(grains);

        var response = await api.Client("herning-chef").GraphQLAsync(
            "{ referenceNetwork(code: \"657\") { member mayLeave editions { id } comparison { rows { metric own ownHidden n suppressed } } } }", ct: Ct);
        var network = response.At("referenceNetwork");
        var rows = network.GetProperty("comparison").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("metric").GetString()!);

        Assert.Equal(stored, await api.EventCountAsync(Ct));
        Assert.True(network.GetProperty("member").GetBoolean() && network.GetProperty("mayLeave").GetBoolean());
        Assert.Equal(1, network.GetProperty("editions").GetArrayLength());
        Assert.Equal(18, rows["temperature-3"].GetProperty("n").GetInt32());
        Assert.Equal(18, rows["key-education-employment"].GetProperty("n").GetInt32());
        Assert.Equal(16, rows["who5-mean"].GetProperty("n").GetInt32());
        Assert.Equal(15, rows["brief-inspire-o-mean"].GetProperty("n").GetInt32());
        Assert.Equal("Skjult: færre end 5 borgere", rows["brief-inspire-o-mean"].GetProperty("ownHidden").GetString());
        Assert.Equal("Skjult: for få kommuner", rows["plan-done"].GetProperty("suppressed").GetString());
        Assert.Equal(JsonValueKind.Number, rows["temperature-3"].GetProperty("own").ValueKind);
    }
}
