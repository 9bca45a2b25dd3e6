using System.Collections.Immutable;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>A citizen's latest score per instrument and period: the one form that counts for that quarter.</summary>
public sealed record PeriodScore(Instrument Instrument, string Period, int Score);

/// <summary>
/// A citizen in the municipality's list: the pseudonym, who follows them, and one score per
/// instrument and period. The API reads it to list a staff member's own citizens and to compute
/// aggregates; it never hands a score from it to anyone.
/// </summary>
public sealed record CitizenSummary(string Id, string Pseudonym, ImmutableArray<string> OwnStaff, DateTimeOffset EnrolledAt, ImmutableArray<PeriodScore> Scores);

/// <summary>Keeps <see cref="CitizenSummary"/> inline with the citizen's events (id = stream key); rebuildable from them.</summary>
public sealed class CitizenSummaryProjection : SingleStreamProjection<CitizenSummary, string>
{
    public CitizenSummaryProjection()
    {
        foreach (var type in EventTypes.Of<CitizenEvent>()) IncludeType(type);
    }

    public override CitizenSummary? Evolve(CitizenSummary? snapshot, string id, IEvent e) => e.Data switch
    {
        CitizenEnrolled x => new(id, x.Pseudonym, [.. x.OwnStaff], x.At, []),
        CitizenStaffChanged x when snapshot is not null => snapshot with { OwnStaff = [.. x.OwnStaff] },
        MeasureAnswered { Score: { } score } x when snapshot is not null => snapshot with
        {
            Scores = [.. snapshot.Scores.Where(s => s.Instrument != x.Instrument || s.Period != x.Period), new PeriodScore(x.Instrument, x.Period, score)],
        },
        _ => snapshot,
    };
}
