using Marten;
using Recovery.Api.People;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.ImplementationGroups;

/// <summary>A municipality's implementation groups, read through their grains (which withhold citizens' text from outsiders).</summary>
internal sealed class ImplementationGroupReader(IGrainFactory grains, IDocumentStore store)
{
    public async Task<ImplementationGroupModel?> Read(string municipality, string slug, Caller viewer)
    {
        AccessRules.Demand(viewer, municipality, Access.Read);
        if (!ImplementationGroupKeys.IsValidSlug(slug)) return null;
        var view = await grains.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(municipality, slug)).View();
        if (!view.State.Established) return null;
        var state = view.State;
        var people = await VisiblePeople.Load(store, municipality, viewer, state.Members.Select(m => m.PersonId).ToArray(),
            state.Activities.Select(a => a.OwnerId)
                .Concat(state.Activities.SelectMany(a => a.FollowUps).Select(f => f.By))
                .Concat(state.Decisions.Select(d => d.RecordedBy))
                .Concat(state.Reports.Select(r => r.SubmittedBy))
                .Concat(state.Trials.Select(t => t.OwnerId)));
        return new ImplementationGroupModel(municipality, slug, state, view.Version, people, viewer, view.CitizenTextWithheld);
    }

    /// <summary>Every group in the municipality's registry, in the order they were set up.</summary>
    public async Task<IReadOnlyList<ImplementationGroupModel>> All(string municipality, Caller viewer)
    {
        AccessRules.Demand(viewer, municipality, Access.Read);
        var registry = (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State;
        var slugs = registry.Groups.Where(g => g.Kind == GroupKind.Implementation).Select(g => ImplementationGroupKeys.Slug(g.Key));
        var groups = await Task.WhenAll(slugs.Select(slug => Read(municipality, slug, viewer)));
        return groups.OfType<ImplementationGroupModel>().ToArray();
    }
}
