using System.Globalization;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Reports;

/// <summary>Reads the steering group and every registered implementation group through their grains, with the viewer entered.</summary>
internal sealed class ProgressReportReader(IGrainFactory grains, TimeProvider clock)
{
    private static readonly StringComparer DanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false);

    public async Task<ProgressReport> Read(string municipality, Caller viewer)
    {
        // Refuse before activating any grain, as the steering group reader does.
        AccessRules.Demand(viewer, municipality, Access.Read);
        var steering = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(municipality)).View();
        var registry = (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State;
        var groups = await Task.WhenAll(registry.Groups.Where(g => g.Kind == GroupKind.Implementation).Select(async g =>
            (Slug: ImplementationGroupKeys.Slug(g.Key), (await grains.GetGrain<IImplementationGroupGrain>(g.Key).View()).State)));
        var established = groups.Where(g => g.State.Established).OrderBy(g => g.State.Name, DanishOrder).ToArray();
        return ProgressReport.Build((await steering).State, established, viewer.Municipality == municipality, clock.GetUtcNow());
    }
}
