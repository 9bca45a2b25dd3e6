using System.Collections.Immutable;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.NationalProgress;

/// <summary>
/// A group's structure and status as the national console reads it (id = the group's stream key):
/// members as roles, actions as status and dates, workshops as dates. No titles, no text, no names,
/// so nothing written by or about a citizen can reach another municipality's screen through it.
/// </summary>
public sealed record GroupProgress(
    string Id,
    GroupKind Kind,
    string Name,
    ImmutableDictionary<string, Role> Members,
    ImmutableList<ActionProgress> Actions,
    ImmutableHashSet<string> WorkshopsPlanned,
    ImmutableList<HeldWorkshop> WorkshopsHeld) : ICrossMunicipalityReadModel
{
    public string Municipality => Id.Split(':')[1];
}

/// <summary>
/// One action: a development-plan item under a prerequisite or an activity under principles.
/// <paramref name="DoneAt"/> is when it was last marked done, for the console's trend.
/// </summary>
public sealed record ActionProgress(
    string Id, PlanItemStatus Status, DateOnly? Due, int? Prerequisite, ImmutableArray<int> Principles, DateTimeOffset? DoneAt)
{
    public bool IsOverdue(DateOnly today) => Due < today && Status != PlanItemStatus.Done;
}

public sealed record HeldWorkshop(string Id, DateTimeOffset HeldAt);
