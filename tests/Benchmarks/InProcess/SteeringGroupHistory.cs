using Recovery.Api.Demo;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Benchmarks.InProcess;

/// <summary>Event histories shaped like a steering group's in use: a few members, a plan, and many edits to it.</summary>
public static class SteeringGroupHistory
{
    public static readonly DemoPersona Actor = DemoPersonas.Find("herning-tovholder")!;

    public static CommandContext Context { get; } =
        new(new Caller(Actor.PersonId, Actor.Municipality, Actor.Role), new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public static string ItemId(int i) => $"i-bench-{i:D4}";

    /// <summary>Established, five members, then <paramref name="items"/> plan items added.</summary>
    public static List<SteeringGroupEvent> WithItems(int items)
    {
        List<SteeringGroupEvent> events =
        [
            new SteeringGroupEstablished(Actor.PersonId),
            new SteeringGroupMemberAdded(Actor.PersonId, Actor.Role),
            .. Enumerable.Range(1, 4).Select(i => new SteeringGroupMemberAdded($"p-bench-{i}", Role.Staff)),
        ];
        events.AddRange(Enumerable.Range(0, items).Select(i => new DevelopmentPlanItemAdded(
            ItemId(i), (OrganisationalPrerequisite)(i % 8 + 1), $"Punkt {i:D4} i udviklingsplanen",
            "En beskrivelse af typisk længde: hvad der skal ske, hvem der er med, og hvordan det følges op.",
            i % 3 == 0 ? Actor.PersonId : null, new DateOnly(2027, i % 12 + 1, 1), PlanItemStatus.Planned)));
        return events;
    }

    /// <summary><paramref name="count"/> events: a 300-item plan, the rest edits spread over its items.</summary>
    public static SteeringGroupEvent[] Mixed(int count)
    {
        const int items = 300;
        var events = WithItems(items);
        for (var i = 0; events.Count < count; i++)
        {
            var id = ItemId(i * 7 % items);
            events.Add((i % 4) switch
            {
                0 => new DevelopmentPlanItemRetitled(id, $"Nyt navn {i:D4}"),
                1 => new DevelopmentPlanItemStatusChanged(id, PlanItemStatus.InProgress),
                2 => new DevelopmentPlanItemDescribed(id, $"Ny beskrivelse {i:D4}"),
                _ => new DevelopmentPlanItemRescheduled(id, new DateOnly(2028, 1, 1)),
            });
        }
        return [.. events.Take(count)];
    }

    public static SteeringGroupState Fold(IEnumerable<SteeringGroupEvent> events) =>
        events.Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve);
}
