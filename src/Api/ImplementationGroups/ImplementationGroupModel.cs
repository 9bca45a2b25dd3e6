using Recovery.Api.People;
using Recovery.Grains.ImplementationGroups;

namespace Recovery.Api.ImplementationGroups;

/// <summary>An implementation group as one viewer may see it; read <see cref="AsOf"/> an earlier day it is read-only.</summary>
internal sealed record ImplementationGroupModel(
    string MunicipalityCode, string Slug, ImplementationGroupState State, long Version, VisiblePeople People, Caller Viewer,
    bool CitizenTextWithheld, DateOnly? AsOf = null)
{
    public bool CanGovern => AsOf is null && AccessRules.Allows(Viewer, MunicipalityCode, Access.Contribute) && State.MayGovern(Viewer);

    public bool CanEditPlan => AsOf is null && AccessRules.Allows(Viewer, MunicipalityCode, Access.Contribute) && State.MayEditPlan(Viewer);

    /// <summary>True when a citizen wrote in the item and the grain withheld the words from this viewer.</summary>
    public bool Withheld(string itemId) => CitizenTextWithheld && State.CitizenTexts.Contains(itemId);
}
