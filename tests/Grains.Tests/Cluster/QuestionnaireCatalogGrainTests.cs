using System.Collections.Immutable;
using Recovery.Grains.Assessments;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class QuestionnaireCatalogGrainTests(ClusterFixture fixture)
{
    private static readonly ImmutableArray<StatementDraft> Drafts =
        [.. Enumerable.Range(1, 8).SelectMany(p => Enumerable.Range(1, 2).Select(i => new StatementDraft(p, $"Klyngeudsagn {p}.{i}")))];

    [Fact]
    public async Task A_published_version_is_stored_and_current_after_the_catalogue_is_reactivated()
    {
        var catalog = fixture.Client.GetGrain<IQuestionnaireCatalogGrain>(0);
        new Caller("p-national", null, Role.NationalCoordinator).Enter();
        await catalog.Publish(new PublishQuestionnaire(Drafts));

        await fixture.Cluster.DeactivateAsync(catalog);
        var current = (await catalog.Catalog()).Current;

        Assert.True(current.Version > 1);
        Assert.Equal("Klyngeudsagn 8.2", current.Statements[^1].Text);
    }

    [Fact]
    public async Task A_tovholder_cannot_publish_and_the_catalogue_is_unchanged()
    {
        var catalog = fixture.Client.GetGrain<IQuestionnaireCatalogGrain>(0);
        Callers.Tovholder("820").Enter();
        var before = (await catalog.Catalog()).Versions.Count;

        var refused = await Assert.ThrowsAsync<RuleViolation>(() => catalog.Publish(new PublishQuestionnaire(Drafts)));

        Assert.Equal(RuleViolation.Codes.Forbidden, refused.Code);
        Assert.Equal(before, (await catalog.Catalog()).Versions.Count);
    }
}
