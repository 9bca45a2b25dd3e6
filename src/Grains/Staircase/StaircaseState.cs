using System.Collections.Immutable;

namespace Recovery.Grains.Staircase;

/// <summary>
/// A staircase as folded from its events: steps bottom to top, and per quarter the counts
/// (step id → citizens), the movements and the key figures.
/// </summary>
[GenerateSerializer, Immutable, Alias("staircase.state")]
public sealed record StaircaseState(
    [property: Id(0)] bool Started,
    [property: Id(1)] ImmutableList<StaircaseStep> Steps,
    [property: Id(2)] ImmutableDictionary<string, ImmutableDictionary<string, int>> Counts,
    [property: Id(3)] ImmutableList<StaircaseMovement> Movements,
    [property: Id(4)] ImmutableDictionary<string, QuarterKeyFigures> KeyFigures)
{
    public static StaircaseState Initial { get; } = new(false, [], ImmutableDictionary<string, ImmutableDictionary<string, int>>.Empty, [],
        ImmutableDictionary<string, QuarterKeyFigures>.Empty);

    public StaircaseStep? Step(string id) => Steps.Find(s => s.Id == id);

    public int? Count(string quarter, string stepId) =>
        Counts.TryGetValue(quarter, out var counts) && counts.TryGetValue(stepId, out var count) ? count : null;

    public int? Movement(string quarter, string from, string to) =>
        Movements.Find(m => m.Quarter == quarter && m.FromStepId == from && m.ToStepId == to)?.Count;

    public QuarterKeyFigures Figures(string quarter) => KeyFigures.GetValueOrDefault(quarter, QuarterKeyFigures.None);

    /// <summary>Whether any count, movement or expenditure names the step.</summary>
    public bool HasFigures(string stepId) =>
        Counts.Values.Any(c => c.ContainsKey(stepId))
        || Movements.Exists(m => m.FromStepId == stepId || m.ToStepId == stepId)
        || KeyFigures.Values.Any(f => f.Expenditure.ContainsKey(stepId));
}

/// <summary>Citizens who moved from one step to another during a quarter.</summary>
[GenerateSerializer, Immutable, Alias("staircase.movement")]
public sealed record StaircaseMovement(
    [property: Id(0)] string Quarter, [property: Id(1)] string FromStepId, [property: Id(2)] string ToStepId, [property: Id(3)] int Count);

/// <summary>A quarter's key figures: shares in percent, expenditure in kroner per step's service type.</summary>
[GenerateSerializer, Immutable, Alias("staircase.key-figures")]
public sealed record QuarterKeyFigures(
    [property: Id(0)] decimal? EducationOrEmploymentShare,
    [property: Id(1)] decimal? ReadmissionShare,
    [property: Id(2)] ImmutableDictionary<string, long> Expenditure)
{
    public static QuarterKeyFigures None { get; } = new(null, null, ImmutableDictionary<string, long>.Empty);
}
