using System.Collections.Immutable;

namespace Recovery.Grains.SteeringGroups;

/// <summary>
/// What an outsider (the national coordinator) sees of the steering group: structure, dates and
/// statuses, but not the words of plan items or decisions a citizen wrote in.
/// </summary>
public static class SteeringCitizenText
{
    public static SteeringGroupState WithheldFromOutsiders(this SteeringGroupState state)
    {
        if (state.CitizenTexts.IsEmpty) return state;
        bool Hidden(string id) => state.CitizenTexts.Contains(id);
        return state with
        {
            Plan = state.Plan.Select(i => Hidden(i.Id) ? i with { Title = "", Description = "" } : i).ToImmutableList(),
            Decisions = state.Decisions.Select(d => Hidden(d.Id) ? d with { Title = "", Rationale = "" } : d).ToImmutableList(),
        };
    }
}
