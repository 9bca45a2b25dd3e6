using Recovery.Grains.Municipalities;

namespace Recovery.Api.Municipalities;

/// <summary>
/// The municipality's programme as one viewer may see it. The national coordinator follows the
/// progress but sees no names: who ticked an item is the municipality's own business.
/// </summary>
internal sealed record ProgrammeModel(
    string MunicipalityCode, ProgrammeState State, long Version, IReadOnlyDictionary<string, string> Names, Caller Viewer)
{
    public string? NameOf(string personId) => Names.GetValueOrDefault(personId);

    public bool CanJoin => !State.Joined && AccessRules.Allows(Viewer, MunicipalityCode, Access.Lead);

    public bool CanChangePhase => State.Joined && AccessRules.Allows(Viewer, MunicipalityCode, Access.Steer);

    public bool CanTick => State.Joined && AccessRules.Allows(Viewer, MunicipalityCode, Access.Govern);

    public bool CanShare => CanTick && ProgrammeState.MayDecideCitizenTextSharing(Viewer);
}
