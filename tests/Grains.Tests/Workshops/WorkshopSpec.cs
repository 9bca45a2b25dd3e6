using System.Collections.Immutable;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>Given(events) / When(proposal) / Then(state) for a workshop room, sequenced as the grain does; no silo.</summary>
internal sealed class WorkshopSpec
{
    public static readonly DateTimeOffset Now = new(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(1));

    /// <summary>Mette is the tovholder and facilitates; Jonas is a member; the guest only takes part.</summary>
    public static readonly RoomContext Mette = new("p-mette", Facilitator: true, Now);
    public static readonly RoomContext Jonas = new("p-jonas", Facilitator: false, Now);
    public static readonly RoomContext Guest = new("g-1", Facilitator: false, Now);

    public const string ItemId = "i-1";

    public static readonly ImmutableArray<WorkshopItem> Plan =
        [new(ItemId, 1, "Status til udvalget", "Hvert kvartal", "planned", "p-mette", null)];

    public static readonly ImmutableArray<WorkshopMember> Members = [new("p-mette", "tovholder"), new("p-jonas", "citizen")];

    public static readonly WorkshopScheduled Scheduled = new("Planværksted", Now.AddDays(7), ["Velkomst", "Prioritering"]);
    public static readonly WorkshopOpened Opened = new("K7M-4QX", Plan, Members);

    private int proposals;

    public RoomServer Server { get; } = new();

    public WorkshopState State => Server.State;

    public static WorkshopSpec Given(params WorkshopEvent[] history)
    {
        var spec = new WorkshopSpec();
        foreach (var decided in history) spec.Server.Apply(decided);
        return spec;
    }

    /// <summary>Scheduled and opened on <see cref="Plan"/> (revision 2), then <paramref name="more"/>.</summary>
    public static WorkshopSpec GivenOpen(params WorkshopEvent[] more) => Given([Scheduled, Opened, .. more]);

    /// <summary>Submits as a client would: a fresh op id, made on the latest revision unless <paramref name="onRevision"/> says otherwise.</summary>
    public WorkshopEvent When(RoomCommand command, RoomContext? who = null, long? onRevision = null)
    {
        Server.Submit(who ?? Jonas, new Proposal($"op-{++proposals}", onRevision ?? State.Revision, command));
        return Server.Log[^1].Event;
    }

    /// <summary>The refusal, after checking that it left the room exactly as it was.</summary>
    public RuleViolation Refuses(RoomCommand command, RoomContext? who = null, long? onRevision = null)
    {
        var before = State;
        var refusal = Assert.Throws<RuleViolation>(() => When(command, who, onRevision));
        Assert.Same(before, State);
        return refusal;
    }

    public static TextOperationBuilder Op() => new();

    public static EditText Title(TextOperation op) => new(ItemId, ItemFields.Title, op);

    public static EditText Description(TextOperation op) => new(ItemId, ItemFields.Description, op);

    public static ChangeField Field(string field, string? value) => new(ItemId, field, value);
}
