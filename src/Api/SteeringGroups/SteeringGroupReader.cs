using Marten;
using Recovery.Grains.People;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

internal sealed class SteeringGroupReader(IGrainFactory grains, IDocumentStore store)
{
    public async Task<SteeringGroupModel?> Read(string municipality, Caller viewer)
    {
        // Refuse before activating: a list of 98 municipalities must not wake 97 grains only to be told no.
        AccessRules.Demand(viewer, municipality, Access.Read);
        var view = await grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(municipality)).View();
        if (!view.State.Established) return null;
        return new SteeringGroupModel(municipality, view.State, view.Version, await Names(municipality, view.State, viewer), viewer, view.CitizenTextWithheld);
    }

    /// <summary>Names stay inside the municipality: the national coordinator sees roles, not people.</summary>
    private async Task<IReadOnlyDictionary<string, string>> Names(string municipality, SteeringGroupState state, Caller viewer)
    {
        if (viewer.Municipality != municipality) return new Dictionary<string, string>();
        var ids = state.Members.Select(m => m.PersonId)
            .Concat(state.Decisions.Select(d => d.RecordedBy))
            .Concat(state.Plan.Select(i => i.OwnerId).OfType<string>())
            .Distinct().ToArray();
        await using var session = store.QuerySession(municipality);
        var entries = await session.LoadManyAsync<PersonEntry>(ids);
        return entries.ToDictionary(e => e.Id, e => e.Name);
    }
}
