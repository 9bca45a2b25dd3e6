using Marten;
using Recovery.Api.People;
using Recovery.Grains.Municipalities;
using Recovery.Grains.PlanOverview;

namespace Recovery.Api.PlanOverview;

/// <summary>A municipality's cross-group lists, read from the projected overviews: one query, no grain activations.</summary>
internal sealed class PlanOverviewReader(IDocumentStore store, IGrainFactory grains)
{
    public async Task<PlanOverviewModel> Read(string municipality, Caller viewer, CancellationToken ct)
    {
        AccessRules.Demand(viewer, municipality, Access.Read);
        IReadOnlyList<GroupPlanOverview> groups;
        await using (var session = store.QuerySession(municipality))
            groups = await session.Query<GroupPlanOverview>().ToListAsync(ct);
        var ordered = groups.OrderBy(g => g.Kind).ThenBy(g => g.Name, StringComparer.Create(new("da-DK"), false)).ToArray();
        var people = await VisiblePeople.Load(store, municipality, viewer, [],
            ordered.SelectMany(g => g.Actions.Select(a => a.OwnerId).Concat(g.Reports.Select(r => r.SubmittedBy))));
        // The documents hold every word; outsiders get citizens' words only where the municipality shares them.
        var withholds = !await grains.CallerSeesCitizenText(municipality, ordered.Any(g => !g.CitizenTexts.IsEmpty));
        return new PlanOverviewModel(ordered, people, withholds);
    }
}

/// <summary>The overviews as one viewer may see them: an outsider gets neither names nor a citizen's words.</summary>
internal sealed record PlanOverviewModel(IReadOnlyList<GroupPlanOverview> Groups, VisiblePeople People, bool WithholdsCitizenText)
{
    public IEnumerable<(GroupPlanOverview Group, PlanAction Action)> Actions =>
        Groups.SelectMany(g => g.Actions.Select(a => (g, Withheld(g, a.ItemId) ? a with { Title = "" } : a)));

    public IEnumerable<(GroupPlanOverview Group, ReportEntry Report)> Reports =>
        Groups.SelectMany(g => g.Reports.Select(r => (g, Withheld(g, r.Id) ? r with { Title = "", Text = "" } : r)))
            .OrderByDescending(x => x.Item2.SubmittedAt);

    public bool Withheld(GroupPlanOverview group, string itemId) => WithholdsCitizenText && group.CitizenTexts.Contains(itemId);
}
