using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Reports;

/// <summary>
/// A municipality's progress on one page: the development plan per organisational prerequisite,
/// the implementation plans per principle, and the implementation groups. For someone outside the
/// municipality (the national coordinator) it holds counts and structure only: item titles and
/// report titles are null, because they may be citizens' own words.
/// </summary>
internal sealed record ProgressReport(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PrerequisiteProgress> Prerequisites,
    IReadOnlyList<PrincipleProgress> Principles,
    IReadOnlyList<GroupProgress> Groups)
{
    public static ProgressReport Build(
        SteeringGroupState steering, IReadOnlyList<(string Slug, ImplementationGroupState State)> groups, bool insider, DateTimeOffset now)
    {
        var plan = steering.Established ? steering.Plan : [];
        var prerequisites = OrganisationalPrerequisites.All.Select(p =>
        {
            var items = plan.Where(i => i.Prerequisite == p).ToArray();
            return new PrerequisiteProgress(p, StatusCounts.Of(items.Select(i => i.Status)),
                [.. items.Select(i => new ProgressItem(insider ? i.Title : null, i.Status, i.Due))]);
        }).ToArray();
        var activities = groups.SelectMany(g => g.State.Activities).ToArray();
        // An activity tied to several principles counts under each of them.
        var principles = Grains.Shared.Principles.All.Select(p =>
            new PrincipleProgress(p, StatusCounts.Of(activities.Where(a => a.Principles.Contains(p)).Select(a => a.Status)))).ToArray();
        var groupRows = groups.Select(g =>
        {
            var latest = g.State.Reports.MaxBy(r => r.SubmittedAt);
            return new GroupProgress(g.Slug, g.State.Name, g.State.Activities.Count, insider ? latest?.Title : null, latest?.SubmittedAt);
        }).ToArray();
        return new ProgressReport(now, prerequisites, principles, groupRows);
    }
}

internal sealed record StatusCounts(int Planned, int InProgress, int Done, int OnHold)
{
    public static StatusCounts Of(IEnumerable<PlanItemStatus> statuses)
    {
        var all = statuses.ToArray();
        int Count(PlanItemStatus status) => all.Count(s => s == status);
        return new(Count(PlanItemStatus.Planned), Count(PlanItemStatus.InProgress), Count(PlanItemStatus.Done), Count(PlanItemStatus.OnHold));
    }
}

internal sealed record PrerequisiteProgress(OrganisationalPrerequisite Prerequisite, StatusCounts Counts, IReadOnlyList<ProgressItem> Items);

/// <summary>A development plan item as the report shows it; <see cref="Title"/> is null for outsiders.</summary>
internal sealed record ProgressItem(string? Title, PlanItemStatus Status, DateOnly? Due);

internal sealed record PrincipleProgress(Principle Principle, StatusCounts Counts);

internal sealed record GroupProgress(string Slug, string Name, int Activities, string? LatestReportTitle, DateTimeOffset? LatestReportAt);
