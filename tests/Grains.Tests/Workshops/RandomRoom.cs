using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// A random workshop's life, sequenced by <see cref="RoomServer"/> as the grain does: mostly typing,
/// some of it made on an older revision and rebased, field changes, drafted items, voting, the
/// facilitator's controls, arrivals and revoked guests, resent op ids, and sometimes a close.
/// Refused proposals leave no step, as in the grain.
/// </summary>
internal sealed class RandomRoom
{
    private const string Alphabet = "abcæøå ÆØÅ.\n";
    private static readonly string[] Statuses = [.. Enum.GetValues<PlanItemStatus>().Select(ItemValues.Wire)];
    private static readonly RoomContext[] People =
        [WorkshopSpec.Mette, WorkshopSpec.Jonas, WorkshopSpec.Guest, WorkshopSpec.Guest with { Participant = "g-2" }];

    private readonly Random random;
    private readonly List<(RoomContext Who, Proposal Proposal)> lagging = [];
    private readonly List<(RoomContext Who, string Id)> sent = [];

    public RoomServer Server { get; } = new();

    public RandomRoom(int seed)
    {
        random = new Random(seed);
        Server.Apply(WorkshopSpec.Scheduled);
        Server.Apply(WorkshopSpec.Opened with { Plan = [.. WorkshopSpec.Plan, new("i-2", 3, "Fælles sprog", "", "inProgress", null, "2027-01-31")] });
    }

    /// <summary>Runs until the room has made <paramref name="steps"/> steps, or has closed.</summary>
    public IReadOnlyList<WorkshopStep> Run(int steps)
    {
        while (Server.State.Revision < steps && Server.State.Phase == WorkshopPhase.Open) Next(steps);
        return Server.Log;
    }

    private void Next(int steps)
    {
        var roll = random.Next(100);
        var who = People[random.Next(People.Length)];
        if (roll < 2) Server.Apply(new WorkshopParticipantArrived(who.Participant, who.Participant.StartsWith('g') ? "guest" : "tovholder"));
        else if (roll < 3 && Server.State.Arrived.ContainsKey("g-2")) Server.Apply(new WorkshopGuestRevoked("g-2"));
        else if (roll < 6 && sent.Count > 0) Resend();
        else if (roll < 12 && lagging.Count > 0) Release();
        else if (roll < 60) Type(who, lag: roll < 20);
        else if (roll < 72) Submit(who, Field());
        else if (roll < 75) Submit(who, new DraftItem($"i-{random.Next(3, 30)}", random.Next(1, 9), $"Punkt {random.Next(100)}"));
        else if (roll < 85) Submit(who, new CastDot(Item(), random.Next(2) == 0 ? 1 : -1));
        else if (roll < 89) Submit(WorkshopSpec.Mette, new SetVoting(random.Next(0, 4), random.Next(2) == 0));
        else if (roll < 93) Submit(WorkshopSpec.Mette, new MoveAgenda(random.Next(2)));
        else if (roll < 96) Submit(WorkshopSpec.Mette, new SetTimer(random.Next(3) == 0 ? null : random.Next(1, 600)));
        else if (roll < 99) Submit(WorkshopSpec.Mette, new MoveSpotlight(random.Next(3) == 0 ? null : Item()));
        else if (random.Next(steps) < 20) Server.Apply(WorkshopDecider.Close(Server.State));
    }

    /// <summary>An edit of the text as it is now, sent at once or held back and sent later on this revision.</summary>
    private void Type(RoomContext who, bool lag)
    {
        var item = Server.State.Items[random.Next(Server.State.Items.Count)];
        var field = random.Next(3) == 0 ? ItemFields.Title : ItemFields.Description;
        var text = item.Text(field).Text;
        var proposal = new Proposal(NewId(), Server.State.Revision, new EditText(item.Id, field, Edit(text, field == ItemFields.Title ? 60 : 400)));
        if (lag) lagging.Add((who, proposal));
        else Submit(who, proposal);
    }

    /// <summary>An op id sent before; once the server has forgotten it, the resend is decided as new.</summary>
    private void Resend()
    {
        var (who, id) = sent[random.Next(sent.Count)];
        Submit(who, new Proposal(id, Server.State.Revision, new MoveSpotlight(null)));
    }

    private void Release()
    {
        var index = random.Next(lagging.Count);
        var (who, proposal) = lagging[index];
        lagging.RemoveAt(index);
        Submit(who, proposal);
    }

    /// <summary>Keeps, deletes and inserts at one place; deletes more when the text is long, so texts stay within their limits.</summary>
    private TextOperation Edit(string text, int longest)
    {
        var at = random.Next(text.Length + 1);
        var builder = new TextOperationBuilder().Retain(at);
        var delete = text.Length > longest ? Math.Min(text.Length - at, 20) : random.Next(4) == 0 ? Math.Min(text.Length - at, random.Next(1, 4)) : 0;
        if (delete > 0) builder.Delete(delete);
        if (text.Length <= longest) builder.Insert(new string([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]));
        return builder.Retain(text.Length - at - delete).Build();
    }

    private ChangeField Field() => random.Next(3) switch
    {
        0 => new ChangeField(Item(), ItemFields.Status, Statuses[random.Next(Statuses.Length)]),
        1 => new ChangeField(Item(), ItemFields.Owner, random.Next(2) == 0 ? null : WorkshopSpec.Members[random.Next(WorkshopSpec.Members.Length)].PersonId),
        _ => new ChangeField(Item(), ItemFields.Due, $"2027-{random.Next(1, 13):D2}-0{random.Next(1, 10)}"),
    };

    private string Item() => Server.State.Items[random.Next(Server.State.Items.Count)].Id;

    private void Submit(RoomContext who, RoomCommand command) =>
        Submit(who, new Proposal(NewId(), random.Next(5) == 0 ? Math.Max(0, Server.State.Revision - random.Next(10)) : Server.State.Revision, command));

    private void Submit(RoomContext who, Proposal proposal)
    {
        try
        {
            Server.Submit(who, proposal);
            sent.Add((who, proposal.Id));
        }
        catch (RuleViolation)
        {
        }
    }

    private string NewId() => $"op-{random.Next():x8}";
}
