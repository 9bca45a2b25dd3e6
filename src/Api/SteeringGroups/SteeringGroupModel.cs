using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

/// <summary>A steering group as one viewer may see it: names only for people of the same municipality.</summary>
internal sealed record SteeringGroupModel(
    string MunicipalityCode, SteeringGroupState State, long Version, IReadOnlyDictionary<string, string> Names, Caller Viewer)
{
    public string? NameOf(string? personId) => personId is not null && Names.TryGetValue(personId, out var name) ? name : null;

    public bool CanGovern => Viewer.Municipality == MunicipalityCode && Viewer.Governs;

    public bool CanEditPlan => Viewer.Municipality == MunicipalityCode && (Viewer.Governs || State.IsMember(Viewer.PersonId));
}
