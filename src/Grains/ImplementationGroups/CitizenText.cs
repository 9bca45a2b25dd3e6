using System.Collections.Immutable;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// What an outsider (the national coordinator) sees of a group: structure, dates and statuses,
/// but not the words of items a citizen wrote in, unless the municipality has chosen to share them.
/// </summary>
public static class CitizenText
{
    public const string Withheld = "";

    /// <summary>The mark's item id for the group's mandate, which a citizen appointed tovholder may write.</summary>
    public const string MandateId = "mandate";

    public static ImplementationGroupState WithheldFromOutsiders(this ImplementationGroupState state)
    {
        if (state.CitizenTexts.IsEmpty) return state;
        bool Hidden(string id) => state.CitizenTexts.Contains(id);
        return state with
        {
            Mandate = Hidden(MandateId) ? Withheld : state.Mandate,
            Activities = state.Activities.Select(a => Hidden(a.Id)
                ? a with { Title = Withheld, Description = Withheld, FollowUps = a.FollowUps.Select(f => f with { Note = Withheld }).ToImmutableList() }
                : a).ToImmutableList(),
            Decisions = state.Decisions.Select(d => Hidden(d.Id) ? d with { Title = Withheld, Rationale = Withheld } : d).ToImmutableList(),
            Forces = state.Forces.Select(f => Hidden(f.Id) ? f with { Text = Withheld } : f).ToImmutableList(),
            Reports = state.Reports.Select(r => Hidden(r.Id) ? r with { Title = Withheld, Text = Withheld } : r).ToImmutableList(),
            Trials = state.Trials.Select(t => Hidden(t.Id) ? t with { Hypothesis = Withheld, Trial = Withheld, Learning = Withheld } : t).ToImmutableList(),
        };
    }
}
