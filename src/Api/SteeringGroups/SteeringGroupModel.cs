using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

/// <summary>
/// A steering group as one viewer may see it. People outside the municipality (the national
/// coordinator) see the structure, but neither names nor person ids: ids may be identity-provider
/// subjects, which are personal data too.
/// </summary>
internal sealed record SteeringGroupModel(
    string MunicipalityCode, SteeringGroupState State, long Version, IReadOnlyDictionary<string, string> Names, Caller Viewer,
    bool CitizenTextWithheld = false)
{
    public bool Insider => Viewer.Municipality == MunicipalityCode;

    public string? NameOf(string? personId) => personId is not null && Names.TryGetValue(personId, out var name) ? name : null;

    /// <summary>The id an outsider sees: a position in the member list, stable only within one answer.</summary>
    public string VisibleId(string personId, int memberIndex) => Insider ? personId : $"skjult-{memberIndex + 1}";

    /// <summary>An outsider sees that an item has an owner, and which member position, but not who.</summary>
    public string? VisibleOwner(string? personId) =>
        Insider || personId is null ? personId
        : State.Members.FindIndex(m => m.PersonId == personId) is var index and >= 0 ? VisibleId(personId, index)
        : "skjult";

    /// <summary>True when a citizen wrote in the item and the grain withheld the words from this viewer.</summary>
    public bool Withheld(string itemId) => CitizenTextWithheld && State.CitizenTexts.Contains(itemId);

    public bool CanGovern => AccessRules.Allows(Viewer, MunicipalityCode, Access.Govern);

    public bool CanEditPlan => AccessRules.Allows(Viewer, MunicipalityCode, Access.Contribute) && State.MayEditPlan(Viewer);
}
