using Recovery.Api.Reports;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Tests.Reports;

/// <summary>The report's arithmetic on its own, from states built here.</summary>
public sealed class ProgressReportSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly SteeringGroupState Steering = SteeringGroupState.Initial with
    {
        Established = true,
        Plan =
        [
            new DevelopmentPlanItem("i1", OrganisationalPrerequisite.Culture, "Borgerens egne ord", "", null, new DateOnly(2027, 1, 1), PlanItemStatus.Done),
            new DevelopmentPlanItem("i2", OrganisationalPrerequisite.Culture, "Sprogguide", "", null, null, PlanItemStatus.OnHold),
        ],
    };

    private static readonly ImplementationGroupState Group = ImplementationGroupState.Initial with
    {
        Established = true,
        Name = "Bostøtte",
        Activities = [Activity("a1", PlanItemStatus.InProgress, Principle.Resources, Principle.EarlyHelp), Activity("a2", PlanItemStatus.Planned, Principle.Resources)],
        Reports =
        [
            new GroupReport("r2", "Marts", "", "p", Now.AddDays(-1)),
            new GroupReport("r1", "Januar", "", "p", Now.AddDays(-60)),
        ],
    };

    [Fact]
    public void An_activity_tied_to_two_principles_counts_under_both()
    {
        var report = ProgressReport.Build(Steering, [("bo", Group)], insider: true, Now);

        Assert.Equal(new StatusCounts(1, 1, 0, 0), report.Principles.Single(p => p.Principle == Principle.Resources).Counts);
        Assert.Equal(new StatusCounts(0, 1, 0, 0), report.Principles.Single(p => p.Principle == Principle.EarlyHelp).Counts);
        Assert.Equal(new StatusCounts(0, 0, 0, 0), report.Principles.Single(p => p.Principle == Principle.FollowUp).Counts);
    }

    [Fact]
    public void The_latest_report_is_the_newest_by_date_not_the_last_submitted()
    {
        var group = Assert.Single(ProgressReport.Build(Steering, [("bo", Group)], insider: true, Now).Groups);

        Assert.Equal(("Marts", Now.AddDays(-1), 2), (group.LatestReportTitle, group.LatestReportAt, group.Activities));
    }

    [Fact]
    public void Outsiders_get_the_same_counts_and_dates_but_no_titles()
    {
        var inside = ProgressReport.Build(Steering, [("bo", Group)], insider: true, Now);
        var outside = ProgressReport.Build(Steering, [("bo", Group)], insider: false, Now);

        Assert.Equal(inside.Prerequisites.Select(p => p.Counts), outside.Prerequisites.Select(p => p.Counts));
        Assert.Equal(inside.Principles, outside.Principles);
        var culture = outside.Prerequisites.Single(p => p.Prerequisite == OrganisationalPrerequisite.Culture);
        Assert.Equal([new ProgressItem(null, PlanItemStatus.Done, new DateOnly(2027, 1, 1)), new ProgressItem(null, PlanItemStatus.OnHold, null)], culture.Items);
        Assert.Equal(new GroupProgress("bo", "Bostøtte", 2, null, Now.AddDays(-1)), Assert.Single(outside.Groups));
    }

    [Fact]
    public void Without_a_steering_group_every_prerequisite_is_listed_with_zeros()
    {
        var report = ProgressReport.Build(SteeringGroupState.Initial, [], insider: true, Now);

        Assert.Equal(OrganisationalPrerequisites.All, report.Prerequisites.Select(p => p.Prerequisite));
        Assert.All(report.Prerequisites, p => Assert.Equal((new StatusCounts(0, 0, 0, 0), 0), (p.Counts, p.Items.Count)));
        Assert.Equal(8, report.Principles.Count);
        Assert.Empty(report.Groups);
    }

    private static Activity Activity(string id, PlanItemStatus status, params Principle[] principles) =>
        new(id, id, "", [.. principles], null, null, null, status, null, null, []);
}
