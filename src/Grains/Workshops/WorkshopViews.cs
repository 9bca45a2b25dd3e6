using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>Someone in the room now: name only while the workshop runs, and what they are editing.</summary>
[GenerateSerializer, Immutable, Alias("workshop.participant")]
public sealed record Participant(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Role,
    [property: Id(3)] bool Guest,
    [property: Id(4)] string? Item = null,
    [property: Id(5)] string? Field = null);

/// <summary>A steering group member as the room shows them (to choose an owner).</summary>
[GenerateSerializer, Immutable, Alias("workshop.member-view")]
public sealed record MemberView([property: Id(0)] string PersonId, [property: Id(1)] string Name, [property: Id(2)] string Role);

/// <summary>The whole room at one revision, for a client that starts afresh or is far behind.</summary>
[GenerateSerializer, Immutable, Alias("workshop.snapshot")]
public sealed record WorkshopSnapshot(
    [property: Id(0)] long Revision,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] ImmutableArray<string> Agenda,
    [property: Id(4)] Room Room,
    [property: Id(5)] ImmutableArray<WorkshopItem> Items,
    [property: Id(6)] ImmutableArray<MemberView> Members,
    [property: Id(7)] ImmutableArray<ItemDots> Votes,
    [property: Id(8)] ImmutableArray<ItemDots> MyVotes)
{
    public static WorkshopSnapshot Of(WorkshopState state, string participant, IReadOnlyDictionary<string, string> names) => new(
        state.Revision, state.Title, state.StartsAt, state.Agenda, state.Room,
        [.. state.Items.Select(i => i.ToPlain())],
        [.. state.Members.Select(m => new MemberView(m.PersonId, names.GetValueOrDefault(m.PersonId) ?? m.PersonId, m.Role))],
        Count(state.Dots), Count(state.Dots.Where(d => d.Voter == participant)));

    private static ImmutableArray<ItemDots> Count(IEnumerable<WorkshopDot> dots) =>
        [.. dots.GroupBy(d => d.Item).Select(g => new ItemDots(g.Key, g.Count()))];
}

/// <summary>What a client needs to catch up: exactly one of <see cref="Snapshot"/> and <see cref="Steps"/>.</summary>
[GenerateSerializer, Immutable, Alias("workshop.catch")]
public sealed record Catch(
    [property: Id(0)] long Revision,
    [property: Id(1)] long Saved,
    [property: Id(2)] WorkshopSnapshot? Snapshot,
    [property: Id(3)] ImmutableArray<WorkshopStep>? Steps);

[GenerateSerializer, Immutable, Alias("workshop.joined")]
public sealed record Joined(
    [property: Id(0)] Participant Me,
    [property: Id(1)] bool Facilitator,
    [property: Id(2)] long Revision,
    [property: Id(3)] long Saved,
    [property: Id(4)] DateTimeOffset ServerNow,
    [property: Id(5)] WorkshopSnapshot? Snapshot,
    [property: Id(6)] ImmutableArray<WorkshopStep>? Steps,
    [property: Id(7)] ImmutableArray<Participant> Presence);

/// <summary>The revision a proposal became; <see cref="Duplicate"/> when it had been sequenced before.</summary>
[GenerateSerializer, Immutable, Alias("workshop.submitted")]
public sealed record Submitted([property: Id(0)] long Revision, [property: Id(1)] bool Duplicate);

public enum WorkshopStatus { Scheduled, Open, Closed }

/// <summary>A workshop in a list; the guest code only for those who run it.</summary>
[GenerateSerializer, Immutable, Alias("workshop.summary")]
public sealed record WorkshopSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] WorkshopStatus Status,
    [property: Id(4)] string? Code);

[GenerateSerializer, Immutable, Alias("workshop.opened-result")]
public sealed record OpenedWorkshop([property: Id(0)] long Version, [property: Id(1)] string Code);
