using Marten;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Api.Municipalities;

internal sealed class ProgrammeReader(IGrainFactory grains, IDocumentStore store)
{
    public async Task<ProgrammeModel> Read(string municipality, Caller viewer)
    {
        // Refuse before activating: a list of municipalities must not wake grains only to be told no.
        AccessRules.Demand(viewer, municipality, Access.Read);
        var view = await grains.GetGrain<IMunicipalityGrain>(municipality).View();
        var programme = view.State.Programme;
        return new ProgrammeModel(municipality, programme, view.Version, await Names(municipality, programme, viewer), viewer);
    }

    /// <summary>Names stay inside the municipality: the national coordinator sees that an item is ticked, not by whom.</summary>
    private async Task<IReadOnlyDictionary<string, string>> Names(string municipality, ProgrammeState programme, Caller viewer)
    {
        if (viewer.Municipality != municipality || programme.Ticks.IsEmpty) return new Dictionary<string, string>();
        await using var session = store.QuerySession(municipality);
        var entries = await session.LoadManyAsync<PersonEntry>(programme.Ticks.Select(t => t.TickedBy).Distinct());
        return entries.ToDictionary(e => e.Id, e => e.Name);
    }
}
