using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.CitizenMeasures;

namespace Recovery.Api.Tests.CitizenMeasures;

/// <summary>The citizen summaries are a projection of the citizens' events: rebuilt, they are the same.</summary>
public sealed class CitizenSummaryRebuildTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rebuilding_the_citizen_summaries_from_the_events_gives_the_same_scores_and_staff()
    {
        var staff = api.Client("herning-medarbejder");
        var pseudonym = await staff.EnrolAsync();
        await staff.AnswerAsync(pseudonym, "who5", [3, 3, 3, 3, 3]);
        await staff.AnswerAsync(pseudonym, "who5", [4, 3, 3, 3, 3]);
        await staff.AnswerAsync(pseudonym, "brief-inspire-o", [4, null, 3, 3, 3]);
        var store = api.Server.Services.GetRequiredService<IDocumentStore>();
        var live = await Summaries(store);

        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<CitizenSummaryProjection>(Ct);

        Assert.Contains($"\"{pseudonym}\"", live);
        Assert.Equal(live, await Summaries(store));
    }

    private static async Task<string> Summaries(IDocumentStore store)
    {
        await using var session = store.QuerySession("657");
        var citizens = await session.Query<CitizenSummary>().ToListAsync(Ct);
        return JsonSerializer.Serialize(citizens.OrderBy(c => c.Id));
    }
}
