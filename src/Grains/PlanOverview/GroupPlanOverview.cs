using System.Collections.Immutable;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.PlanOverview;

/// <summary>
/// One group's actions and reports, kept by <see cref="GroupPlanOverviewProjection"/> from the
/// group's stream (id = stream key). A municipality's cross-group lists read these documents instead
/// of waking every group grain; they can be rebuilt from the events at any time.
/// </summary>
public sealed record GroupPlanOverview(
    string Id,
    GroupKind Kind,
    string Name,
    string Focus,
    ImmutableList<PlanAction> Actions,
    ImmutableList<ReportEntry> Reports,
    ImmutableHashSet<string> CitizenTexts)
{
    /// <summary>The group's slug for implementation groups (<c>impl:657:bostoette</c>), null for the steering group.</summary>
    public string? Slug => Kind == GroupKind.Implementation ? Id.Split(':')[2] : null;
}

/// <summary>An action of a plan: a development-plan item (under a prerequisite) or an implementation activity (under principles).</summary>
public sealed record PlanAction(
    string ItemId,
    string Title,
    PlanItemStatus Status,
    DateOnly? Due,
    string? OwnerId,
    string? DecisionId,
    int? Prerequisite,
    ImmutableArray<int> Principles,
    PlanItemSource? Source = null,
    FigureAim? Aim = null)
{
    public bool IsOverdue(DateOnly today) => Due < today && Status != PlanItemStatus.Done;
}

public sealed record ReportEntry(string Id, string Title, string Text, string SubmittedBy, DateTimeOffset SubmittedAt);
