using System.Collections.Immutable;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Benchmarks.Activation;

/// <summary>
/// Steps shaped like a long-running workshop room's: a plan of twelve items opened to 24 people, then
/// mostly typing (a few characters at a time at each person's own place, deleting where a text grows
/// long), some field changes, dot votes and the facilitator's controls. Each proposal is decided and
/// applied as the grain does, with its author and op id, so the texts' edit windows and the remembered
/// op ids fill as they do in use.
/// </summary>
public static class WorkshopHistory
{
    public const string Facilitator = "p-bench-facilitator";
    private const string Letters = "abcdefghijklmnopqrstuvwxyzæøå ,.";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Statuses = [.. Enum.GetValues<PlanItemStatus>().Select(ItemValues.Wire)];

    private static readonly ImmutableArray<WorkshopMember> Members =
        [new(Facilitator, "tovholder"), .. Enumerable.Range(1, 5).Select(i => new WorkshopMember($"p-bench-{i}", "staff"))];

    private static readonly ImmutableArray<WorkshopItem> Plan = [.. Enumerable.Range(0, 12).Select(i => new WorkshopItem(
        $"i-bench-{i:D2}", i % 8 + 1, $"Punkt {i:D2} i udviklingsplanen",
        "En beskrivelse af typisk længde: hvad der skal ske, hvem der er med, og hvordan det følges op.", "planned", null, null))];

    /// <summary>The first <paramref name="count"/> steps of the same room: a longer history starts with a shorter one.</summary>
    public static IReadOnlyList<WorkshopStep> Of(int count)
    {
        var random = new Random(2026);
        var people = Members.Select(m => m.PersonId).Concat(Enumerable.Range(1, 18).Select(i => $"g-bench-{i:D2}")).ToArray();
        var steps = new List<WorkshopStep>(count);
        var state = WorkshopState.Initial;
        void Step(string? author, string? op, WorkshopEvent decided)
        {
            var step = new WorkshopStep(state.Revision + 1, author, op, decided);
            state = WorkshopDecider.Evolve(state, step);
            steps.Add(step);
        }

        Step(Facilitator, null, new WorkshopScheduled("Planværksted om udviklingsplanen", Now, ["Velkomst", "Status", "Prioritering", "Næste skridt"]));
        Step(Facilitator, null, new WorkshopOpened("K7M-4QX", Plan, Members));
        foreach (var person in people.TakeWhile(_ => steps.Count < count))
            Step(null, null, new WorkshopParticipantArrived(person, person.StartsWith('g') ? "guest" : "staff"));
        while (steps.Count < count)
        {
            var who = people[random.Next(people.Length)];
            var context = new RoomContext(who, who == Facilitator, Now);
            var command = Proposal(random, state, who == Facilitator);
            try
            {
                var op = $"{random.NextInt64():x16}";
                Step(who, op, RoomDecider.Decide(new Proposal(op, state.Revision, command), state, context));
            }
            catch (RuleViolation)
            {
                // A dot with none left, or a proposal only the facilitator may make: nothing stored, as in the room.
            }
        }
        return steps;
    }

    private static RoomCommand Proposal(Random random, WorkshopState state, bool facilitating)
    {
        var item = state.Items[random.Next(state.Items.Count)];
        var roll = random.Next(100);
        if (roll < 88) return Typing(random, item);
        if (roll < 94) return random.Next(2) == 0
            ? new ChangeField(item.Id, ItemFields.Status, Statuses[random.Next(Statuses.Length)])
            : new ChangeField(item.Id, ItemFields.Due, $"2027-{random.Next(1, 13):D2}-15");
        if (roll < 97 && state.Room.Voting) return new CastDot(item.Id, random.Next(3) == 0 ? -1 : 1);
        if (!facilitating) return Typing(random, item);
        return roll switch
        {
            < 97 => new SetVoting(random.Next(3) == 0 ? 0 : 5, Anonymous: false),
            < 98 => new MoveSpotlight(item.Id),
            < 99 => new MoveAgenda(random.Next(4)),
            _ => new SetTimer(600),
        };
    }

    /// <summary>One to three letters at one place in a description (now and then a title); a text past its length deletes instead.</summary>
    private static EditText Typing(Random random, RoomItem item)
    {
        var (field, longest) = random.Next(10) == 0 ? (ItemFields.Title, 120) : (ItemFields.Description, 1_500);
        var text = item.Text(field).Text;
        const int cut = 40;
        if (text.Length > longest)
        {
            var from = random.Next(text.Length - cut + 1);
            return new EditText(item.Id, field, new TextOperationBuilder().Retain(from).Delete(cut).Retain(text.Length - from - cut).Build());
        }
        var at = random.Next(text.Length + 1);
        var builder = new TextOperationBuilder().Retain(at);
        var typed = new string([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Letters[random.Next(Letters.Length)])]);
        return new EditText(item.Id, field, builder.Insert(typed).Retain(text.Length - at).Build());
    }
}
