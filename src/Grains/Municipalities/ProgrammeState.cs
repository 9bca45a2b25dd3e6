using System.Collections.Immutable;

namespace Recovery.Grains.Municipalities;

/// <summary>Where the municipality stands in the restructuring programme (<i>programmet</i>).</summary>
[GenerateSerializer, Immutable, Alias("recovery.programme-state")]
public sealed record ProgrammeState(
    [property: Id(0)] bool Joined,
    [property: Id(1)] string? JoinedBy,
    [property: Id(2)] DateTimeOffset? JoinedAt,
    [property: Id(3)] ProgrammePhase Phase,
    [property: Id(4)] ImmutableList<ChecklistTick> Ticks,
    [property: Id(5)] bool SharesCitizenText,
    [property: Id(6)] bool ReferenceNetworkMember = false)
{
    public static ProgrammeState NotJoined { get; } = new(false, null, null, ProgrammePhase.StartUp, [], false);

    public ChecklistTick? Tick(ChecklistItem item) => Ticks.Find(t => t.Item == item);

    /// <summary>
    /// Whether citizens' own words reach the national coordinator is the strategic leader's call
    /// alone: the tovholder runs the work, but the director answers for the citizens' data.
    /// </summary>
    public static bool MayDecideCitizenTextSharing(Caller actor) => actor.Role == Role.StrategicLeader;

    /// <summary>
    /// Sharing the municipality's figures with other municipalities, however anonymised, is the
    /// director's decision for the same reason; the national coordinator cannot opt a municipality in.
    /// </summary>
    public static bool MayDecideReferenceNetwork(Caller actor) => actor.Role == Role.StrategicLeader;
}

/// <summary>A ticked checklist item: who ticked it (person id) and when.</summary>
[GenerateSerializer, Immutable, Alias("recovery.checklist-tick")]
public sealed record ChecklistTick(
    [property: Id(0)] ChecklistItem Item,
    [property: Id(1)] string TickedBy,
    [property: Id(2)] DateTimeOffset TickedAt);
