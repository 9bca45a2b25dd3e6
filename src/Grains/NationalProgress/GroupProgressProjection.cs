using JasperFx.Events;
using Marten.Events.Aggregation;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.NationalProgress;

/// <summary>Keeps <see cref="GroupProgress"/> inline with a steering or implementation group's events; rebuildable from them.</summary>
public sealed class GroupProgressProjection : SingleStreamProjection<GroupProgress, string>
{
    public GroupProgressProjection()
    {
        foreach (var type in EventTypes.Of<SteeringGroupEvent>().Concat(EventTypes.Of<ImplementationGroupEvent>())) IncludeType(type);
    }

    public override GroupProgress? Evolve(GroupProgress? snapshot, string id, IEvent e) => e.Data switch
    {
        SteeringGroupEstablished => New(id, GroupKind.Steering, "Styregruppen"),
        ImplementationGroupEstablished x => New(id, GroupKind.Implementation, x.Name),
        _ when snapshot is null => null,
        SteeringGroupMemberAdded x => snapshot with { Members = snapshot.Members.SetItem(x.PersonId, x.Role) },
        SteeringGroupMemberRemoved x => snapshot with { Members = snapshot.Members.Remove(x.PersonId) },
        ImplementationGroupMemberAdded x => snapshot with { Members = snapshot.Members.SetItem(x.PersonId, x.Role) },
        ImplementationGroupMemberRemoved x => snapshot with { Members = snapshot.Members.Remove(x.PersonId) },
        DevelopmentPlanItemAdded x => snapshot with
        {
            Actions = snapshot.Actions.Add(new(x.ItemId, x.Status, x.Due, (int)x.Prerequisite, [], DoneAt(x.Status, e))),
        },
        ActivityAdded x => snapshot with
        {
            Actions = snapshot.Actions.Add(new(x.ActivityId, x.Status, x.Due, null, [.. x.Principles.Select(p => (int)p)], DoneAt(x.Status, e))),
        },
        DevelopmentPlanItemRescheduled x => Change(snapshot, x.ItemId, a => a with { Due = x.Due }),
        ActivityRescheduled x => Change(snapshot, x.ActivityId, a => a with { Due = x.Due }),
        DevelopmentPlanItemStatusChanged x => Change(snapshot, x.ItemId, a => a with { Status = x.Status, DoneAt = DoneAt(x.Status, e) }),
        ActivityStatusChanged x => Change(snapshot, x.ActivityId, a => a with { Status = x.Status, DoneAt = DoneAt(x.Status, e) }),
        ActivityPrinciplesChanged x => Change(snapshot, x.ActivityId, a => a with { Principles = [.. x.Principles.Select(p => (int)p)] }),
        WorkshopPlanned x => snapshot with { WorkshopsPlanned = snapshot.WorkshopsPlanned.Add(x.WorkshopId) },
        WorkshopHeld x when snapshot.WorkshopsHeld.All(w => w.Id != x.WorkshopId) => snapshot with
        {
            WorkshopsPlanned = snapshot.WorkshopsPlanned.Remove(x.WorkshopId),
            WorkshopsHeld = snapshot.WorkshopsHeld.Add(new(x.WorkshopId, x.HeldAt)),
        },
        _ => snapshot,
    };

    private static GroupProgress New(string id, GroupKind kind, string name) => new(id, kind, name, [], [], [], []);

    /// <summary>
    /// In whole seconds: the live projection sees the time in .NET's precision, a rebuild reads
    /// PostgreSQL's microseconds, and the two must give the same document.
    /// </summary>
    private static DateTimeOffset? DoneAt(PlanItemStatus status, IEvent e) =>
        status == PlanItemStatus.Done ? e.Timestamp.AddTicks(-(e.Timestamp.Ticks % TimeSpan.TicksPerSecond)) : null;

    private static GroupProgress Change(GroupProgress progress, string id, Func<ActionProgress, ActionProgress> change) =>
        progress.Actions.FindIndex(a => a.Id == id) is var index and >= 0
            ? progress with { Actions = progress.Actions.SetItem(index, change(progress.Actions[index])) }
            : progress;
}
