using Recovery.Grains.NationalProgress;

namespace Recovery.Api.NationalProgress;

/// <summary>Actions by status; an overdue action (due before today, not done) also counts under its status.</summary>
internal sealed record ActionCounts(int Planned, int InProgress, int OnHold, int Done, int Overdue)
{
    public static ActionCounts None { get; } = new(0, 0, 0, 0, 0);

    public int Total => Planned + InProgress + OnHold + Done;

    public static ActionCounts Of(IEnumerable<ActionProgress> actions, DateOnly today) =>
        actions.Aggregate(None, (counts, a) => counts + new ActionCounts(
            a.Status == PlanItemStatus.Planned ? 1 : 0,
            a.Status == PlanItemStatus.InProgress ? 1 : 0,
            a.Status == PlanItemStatus.OnHold ? 1 : 0,
            a.Status == PlanItemStatus.Done ? 1 : 0,
            a.IsOverdue(today) ? 1 : 0));

    public static ActionCounts operator +(ActionCounts a, ActionCounts b) =>
        new(a.Planned + b.Planned, a.InProgress + b.InProgress, a.OnHold + b.OnHold, a.Done + b.Done, a.Overdue + b.Overdue);
}
