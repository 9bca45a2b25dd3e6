using Recovery.Api.People;
using Recovery.Grains.ImplementationGroups;

namespace Recovery.Api.ImplementationGroups;

/// <summary>An implementation group as one viewer may see it.</summary>
internal sealed record ImplementationGroupModel(
    string MunicipalityCode, string Slug, ImplementationGroupState State, long Version, VisiblePeople People, Caller Viewer)
{
    public bool CanGovern => AccessRules.Allows(Viewer, MunicipalityCode, Access.Contribute) && State.MayGovern(Viewer);

    public bool CanEditPlan => AccessRules.Allows(Viewer, MunicipalityCode, Access.Contribute) && State.MayEditPlan(Viewer);

    /// <summary>True when a citizen wrote in the item and the viewer is an outsider: its words were withheld.</summary>
    public bool Withheld(string itemId) => !People.Insider && State.CitizenTexts.Contains(itemId);
}
