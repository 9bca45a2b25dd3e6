using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

public enum WorkshopPhase { None, Scheduled, Open, Closed }

/// <summary>A workshop as folded from its steps. <see cref="Revision"/> is the number of the last step.</summary>
[GenerateSerializer, Immutable, Alias("workshop.state")]
public sealed record WorkshopState(
    [property: Id(0)] WorkshopPhase Phase,
    [property: Id(1)] long Revision,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] ImmutableArray<string> Agenda,
    [property: Id(5)] string? Code,
    [property: Id(6)] ImmutableList<RoomItem> Items,
    [property: Id(7)] ImmutableArray<WorkshopMember> Members,
    [property: Id(8)] Room Room,
    [property: Id(9)] ImmutableList<WorkshopDot> Dots,
    [property: Id(10)] ImmutableDictionary<string, string> Arrived,
    [property: Id(11)] ImmutableHashSet<string> Revoked,
    [property: Id(12)] SequencedProposals Sequenced,
    [property: Id(13)] long OpenedAt)
{
    public static WorkshopState Initial { get; } = new(
        WorkshopPhase.None, 0, "", default, [], null, [], [], Room.Quiet, [], ImmutableDictionary<string, string>.Empty, [], SequencedProposals.None, 0);

    public RoomItem? Item(string id) => Items.Find(i => i.Id == id);

    public int DotsOf(string voter) => Dots.Count(d => d.Voter == voter);
}

/// <summary>What the facilitator has set for the whole room.</summary>
[GenerateSerializer, Immutable, Alias("workshop.room")]
public sealed record Room(
    [property: Id(0)] int Point,
    [property: Id(1)] DateTimeOffset? TimerEndsAt,
    [property: Id(2)] string? Spotlight,
    [property: Id(3)] int VotingDots,
    [property: Id(4)] bool AnonymousVoting)
{
    public static Room Quiet { get; } = new(0, null, null, 0, false);

    public bool Voting => VotingDots > 0;
}

/// <summary>A plan item while the room edits it: two co-edited texts and three fields changed in server order.</summary>
[GenerateSerializer, Immutable, Alias("workshop.room-item")]
public sealed record RoomItem(
    [property: Id(0)] string Id,
    [property: Id(1)] int Prerequisite,
    [property: Id(2)] SharedText Title,
    [property: Id(3)] SharedText Description,
    [property: Id(4)] ImmutableDictionary<string, string?> Fields,
    [property: Id(5)] ImmutableDictionary<string, long> FieldRevisions)
{
    public SharedText Text(string field) => field == ItemFields.Title ? Title : Description;

    public WorkshopItem ToPlain() => new(Id, Prerequisite, Title.Text, Description.Text,
        Fields.GetValueOrDefault(ItemFields.Status), Fields.GetValueOrDefault(ItemFields.Owner), Fields.GetValueOrDefault(ItemFields.Due));
}

/// <summary>A plan item's values, as the room opened on it or closed with it.</summary>
[GenerateSerializer, Immutable, Alias("workshop.item")]
public sealed record WorkshopItem(
    [property: Id(0)] string Id,
    [property: Id(1)] int Prerequisite,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] string? Status,
    [property: Id(5)] string? Owner,
    [property: Id(6)] string? Due);

/// <summary>A steering group member who may own items; names are looked up, never stored here.</summary>
[GenerateSerializer, Immutable, Alias("workshop.member")]
public sealed record WorkshopMember([property: Id(0)] string PersonId, [property: Id(1)] string Role);

[GenerateSerializer, Immutable, Alias("workshop.dot")]
public sealed record WorkshopDot([property: Id(0)] string Voter, [property: Id(1)] string Item);

/// <summary>Votes on one item.</summary>
[GenerateSerializer, Immutable, Alias("workshop.item-dots")]
public sealed record ItemDots([property: Id(0)] string Item, [property: Id(1)] int Dots);

/// <summary>What a closed workshop leaves in the group's history: the plan as edited, votes, and attendance by role only.</summary>
[GenerateSerializer, Immutable, Alias("workshop.outcome")]
public sealed record WorkshopOutcome(
    [property: Id(0)] ImmutableDictionary<string, int> Attendance,
    [property: Id(1)] ImmutableArray<ItemDots> Votes,
    [property: Id(2)] ImmutableArray<WorkshopItem> Plan);

/// <summary>
/// The latest proposals the server has sequenced, by author and client id, so a resend after a
/// lost answer gets the original revision. A resend is always recent: a client that missed its own
/// step for longer finds it when it catches up and does not resend.
/// </summary>
[GenerateSerializer, Immutable, Alias("workshop.sequenced")]
public sealed record SequencedProposals(
    [property: Id(0)] ImmutableDictionary<string, long> Revisions, [property: Id(1)] ImmutableQueue<string> Order)
{
    public const int Remembered = 5000;

    public static SequencedProposals None { get; } = new(ImmutableDictionary<string, long>.Empty, []);

    public long? Find(string author, string id) => Revisions.TryGetValue(Key(author, id), out var revision) ? revision : null;

    public SequencedProposals Add(string author, string id, long revision)
    {
        var key = Key(author, id);
        var (revisions, order) = (Revisions.SetItem(key, revision), Order.Enqueue(key));
        if (revisions.Count > Remembered)
        {
            order = order.Dequeue(out var oldest);
            revisions = revisions.Remove(oldest);
        }
        return new(revisions, order);
    }

    private static string Key(string author, string id) => $"{author}\u001f{id}";
}

/// <summary>Field names on the wire.</summary>
public static class ItemFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Status = "status";
    public const string Owner = "owner";
    public const string Due = "due";
}
