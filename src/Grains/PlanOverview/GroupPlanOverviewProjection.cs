using System.Collections.Immutable;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.PlanOverview;

/// <summary>
/// Folds a steering or implementation group's stream into its <see cref="GroupPlanOverview"/>, in
/// the same transaction as the events (inline), so the lists are never behind the plans.
/// </summary>
public sealed class GroupPlanOverviewProjection : SingleStreamProjection<GroupPlanOverview, string>
{
    public GroupPlanOverviewProjection()
    {
        foreach (var type in EventTypes.Of<SteeringGroupEvent>().Concat(EventTypes.Of<ImplementationGroupEvent>())) IncludeType(type);
    }

    public override GroupPlanOverview? Evolve(GroupPlanOverview? snapshot, string id, IEvent e) => e.Data switch
    {
        SteeringGroupEstablished => New(id, GroupKind.Steering, "Styregruppen", ""),
        ImplementationGroupEstablished x => New(id, GroupKind.Implementation, x.Name, x.Focus),
        _ when snapshot is null => null,
        DevelopmentPlanItemAdded x => snapshot with
        {
            Actions = snapshot.Actions.Add(new(x.ItemId, x.Title, x.Status, x.Due, x.OwnerId, null, (int)x.Prerequisite, [])),
        },
        DevelopmentPlanItemRetitled x => Change(snapshot, x.ItemId, a => a with { Title = x.Title }),
        DevelopmentPlanItemOwnerAssigned x => Change(snapshot, x.ItemId, a => a with { OwnerId = x.OwnerId }),
        DevelopmentPlanItemRescheduled x => Change(snapshot, x.ItemId, a => a with { Due = x.Due }),
        DevelopmentPlanItemStatusChanged x => Change(snapshot, x.ItemId, a => a with { Status = x.Status }),
        DevelopmentPlanItemDecided x => Change(snapshot, x.ItemId, a => a with { DecisionId = x.DecisionId }),
        DevelopmentPlanItemAimedAtFigure x => Change(snapshot, x.ItemId, a => a with { Aim = x.Aim }),
        DevelopmentPlanItemSourced x => Change(snapshot, x.ItemId, a => a with { Source = new(x.Kind, x.SourceId) }),
        SteeringCitizenTextWritten x => snapshot with { CitizenTexts = snapshot.CitizenTexts.Add(x.ItemId) },
        ActivityAdded x => snapshot with
        {
            Actions = snapshot.Actions.Add(new(x.ActivityId, x.Title, x.Status, x.Due, x.OwnerId, null, null, [.. x.Principles.Select(p => (int)p)])),
        },
        ActivityRetitled x => Change(snapshot, x.ActivityId, a => a with { Title = x.Title }),
        ActivityPrinciplesChanged x => Change(snapshot, x.ActivityId, a => a with { Principles = [.. x.Principles.Select(p => (int)p)] }),
        ActivityOwnerAssigned x => Change(snapshot, x.ActivityId, a => a with { OwnerId = x.OwnerId }),
        ActivityRescheduled x => Change(snapshot, x.ActivityId, a => a with { Due = x.Due }),
        ActivityStatusChanged x => Change(snapshot, x.ActivityId, a => a with { Status = x.Status }),
        ActivityDecided x => Change(snapshot, x.ActivityId, a => a with { DecisionId = x.DecisionId }),
        ActivityAimedAtFigure x => Change(snapshot, x.ActivityId, a => a with { Aim = x.Aim }),
        ImplementationReportSubmitted x => snapshot with
        {
            Reports = snapshot.Reports.Add(new(x.ReportId, x.Title, x.Text, x.SubmittedBy, x.SubmittedAt)),
        },
        CitizenTextWritten x => snapshot with { CitizenTexts = snapshot.CitizenTexts.Add(x.ItemId) },
        _ => snapshot,
    };

    private static GroupPlanOverview New(string id, GroupKind kind, string name, string focus) => new(id, kind, name, focus, [], [], []);

    private static GroupPlanOverview Change(GroupPlanOverview overview, string itemId, Func<PlanAction, PlanAction> change) =>
        overview.Actions.FindIndex(a => a.ItemId == itemId) is var index and >= 0
            ? overview with { Actions = overview.Actions.SetItem(index, change(overview.Actions[index])) }
            : overview;
}
