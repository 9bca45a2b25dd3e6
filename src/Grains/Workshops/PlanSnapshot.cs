using System.Collections.Immutable;
using Marten;
using Recovery.Grains.People;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Workshops;

/// <summary>The group's plan and members as a workshop opens on them, and the members' names for the room.</summary>
internal static class PlanSnapshot
{
    public static ImmutableArray<WorkshopItem> Items(SteeringGroupState group) =>
        [.. group.Plan.Select(i => new WorkshopItem(
            i.Id, (int)i.Prerequisite, i.Title, i.Description, ItemValues.Wire(i.Status), i.OwnerId, ItemValues.Wire(i.Due)))];

    public static ImmutableArray<WorkshopMember> Members(SteeringGroupState group) =>
        [.. group.Members.Select(m => new WorkshopMember(m.PersonId, m.Role.ToClaim()))];

    public static async Task<IReadOnlyDictionary<string, string>> Names(IDocumentStore store, string tenant, IEnumerable<WorkshopMember> members)
    {
        var ids = members.Select(m => m.PersonId).ToArray();
        if (ids.Length == 0) return new Dictionary<string, string>();
        await using var session = store.QuerySession(tenant);
        var entries = await session.LoadManyAsync<PersonEntry>(ids);
        return entries.ToDictionary(e => e.Id, e => e.Name);
    }
}
