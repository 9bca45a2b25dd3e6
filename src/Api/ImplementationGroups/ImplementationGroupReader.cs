using Marten;
using Recovery.Api.History;
using Recovery.Api.People;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.ImplementationGroups;

/// <summary>A municipality's implementation groups, read through their grains (which withhold citizens' text from outsiders).</summary>
internal sealed class ImplementationGroupReader(IGrainFactory grains, IDocumentStore store)
{
    public async Task<ImplementationGroupModel?> Read(string municipality, string slug, Caller viewer, bool registered = false)
    {
        AccessRules.Demand(viewer, municipality, Access.Read);
        if (!ImplementationGroupKeys.IsValidSlug(slug)) return null;
        var key = ImplementationGroupKeys.Grain(municipality, slug);
        // A guessed slug is answered from the registry, without waking (and loading) a grain for it.
        if (!registered && !await grains.HasGroup(municipality, key)) return null;
        var view = await grains.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(municipality, slug)).View();
        if (!view.State.Established) return null;
        return new ImplementationGroupModel(municipality, slug, view.State, view.Version, await People(municipality, view.State, viewer), viewer,
            view.CitizenTextWithheld);
    }

    /// <summary>
    /// The group as it was at the end of <paramref name="day"/> in Copenhagen, folded from the events
    /// stored by then. Only for the municipality's own people: an old plan may hold text since removed.
    /// </summary>
    public async Task<ImplementationGroupModel?> ReadAsOf(string municipality, string slug, Caller viewer, DateOnly day, CancellationToken ct)
    {
        AccessRules.Demand(viewer, municipality, Access.Contribute);
        if (!ImplementationGroupKeys.IsValidSlug(slug)) return null;
        var (state, version) = await ImplementationGroupHistory.Stream.AsOf(
            store, municipality, ImplementationGroupKeys.Stream(municipality, slug), DanishTime.EndOfDay(day), ct);
        if (!state.Established) return null;
        return new ImplementationGroupModel(municipality, slug, state, version, await People(municipality, state, viewer), viewer, false, day);
    }

    private Task<VisiblePeople> People(string municipality, ImplementationGroupState state, Caller viewer) =>
        VisiblePeople.Load(store, municipality, viewer, state.Members.Select(m => m.PersonId).ToArray(),
            state.Activities.Select(a => a.OwnerId)
                .Concat(state.Activities.SelectMany(a => a.FollowUps).Select(f => f.By))
                .Concat(state.Decisions.Select(d => d.RecordedBy))
                .Concat(state.Reports.Select(r => r.SubmittedBy))
                .Concat(state.Trials.Select(t => t.OwnerId)));

    /// <summary>Every group in the municipality's registry, in the order they were set up.</summary>
    public async Task<IReadOnlyList<ImplementationGroupModel>> All(string municipality, Caller viewer)
    {
        AccessRules.Demand(viewer, municipality, Access.Read);
        var registry = (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State;
        var slugs = registry.Groups.Where(g => g.Kind == GroupKind.Implementation).Select(g => ImplementationGroupKeys.Slug(g.Key));
        var groups = await Task.WhenAll(slugs.Select(slug => Read(municipality, slug, viewer, registered: true)));
        return groups.OfType<ImplementationGroupModel>().ToArray();
    }
}
