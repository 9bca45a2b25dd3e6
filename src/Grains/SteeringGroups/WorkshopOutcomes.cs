using Recovery.Grains.Workshops;

namespace Recovery.Grains.SteeringGroups;

/// <summary>
/// How a closed workshop's plan enters the development plan: the room's values win, except where
/// they cannot stand (an empty title keeps the old one; an owner who has left keeps the old owner).
/// </summary>
internal static class WorkshopOutcomes
{
    public static IReadOnlyList<SteeringGroupEvent> Record(RecordWorkshop c, SteeringGroupState state)
    {
        var workshop = state.Workshops.Find(w => w.Id == c.WorkshopId) ?? throw RuleViolation.NotFound("Workshoppen hører ikke til gruppen.");
        if (workshop.HeldAt is not null) return [];
        var events = new List<SteeringGroupEvent>();
        var items = state.Plan.Count;
        foreach (var roomItem in c.Outcome.Plan)
        {
            if (state.Item(roomItem.Id) is { } item) events.AddRange(Changes(item, roomItem, state));
            else if (items++ < SteeringGroupDecider.MaxPlanItems) events.Add(Added(roomItem));
        }
        if (CitizensTookPart(c.Outcome))
        {
            // Who typed which words in the room is not kept; with citizens in it, every text it wrote is theirs too.
            var written = events.Select(e => e switch
            {
                DevelopmentPlanItemAdded a => a.ItemId,
                DevelopmentPlanItemRetitled r => r.ItemId,
                DevelopmentPlanItemDescribed d => d.ItemId,
                _ => null,
            }).OfType<string>().Distinct().ToArray();
            events.AddRange(written.Select(id => new SteeringCitizenTextWritten(id)));
        }
        events.Add(new WorkshopHeld(c.WorkshopId, c.HeldAt, c.Outcome.Attendance, c.Outcome.Votes));
        return events;
    }

    /// <summary>Guests are admitted by code for citizens without an account, so they count as citizens here.</summary>
    private static bool CitizensTookPart(WorkshopOutcome outcome) =>
        outcome.Attendance.Any(a => a.Value > 0 && CitizenRoles.Contains(a.Key));

    private static readonly string[] CitizenRoles = [Role.Citizen.ToClaim(), Role.Relative.ToClaim(), Role.Guest.ToClaim()];

    private static IEnumerable<SteeringGroupEvent> Changes(DevelopmentPlanItem item, WorkshopItem room, SteeringGroupState state)
    {
        var title = room.Title.Trim();
        if (title.Length > 0 && title != item.Title) yield return new DevelopmentPlanItemRetitled(item.Id, title);
        if (room.Description.Trim() != item.Description) yield return new DevelopmentPlanItemDescribed(item.Id, room.Description.Trim());
        if (room.Owner != item.OwnerId && (room.Owner is null || state.IsMember(room.Owner)))
            yield return new DevelopmentPlanItemOwnerAssigned(item.Id, room.Owner);
        if (ItemValues.Date(room.Due) != item.Due) yield return new DevelopmentPlanItemRescheduled(item.Id, ItemValues.Date(room.Due));
        if (ItemValues.Status(room.Status) is { } status && status != item.Status) yield return new DevelopmentPlanItemStatusChanged(item.Id, status);
    }

    private static DevelopmentPlanItemAdded Added(WorkshopItem room) => new(
        room.Id, OrganisationalPrerequisites.FromNumber(room.Prerequisite),
        room.Title.Trim() is { Length: > 0 } title ? title : "Punkt fra workshop", room.Description.Trim(),
        null, ItemValues.Date(room.Due), ItemValues.Status(room.Status) ?? PlanItemStatus.Planned);
}
