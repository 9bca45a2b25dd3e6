using System.Collections.Immutable;
using Marten;
using Recovery.Grains.Assessments;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.PlanOverview;
using Recovery.Grains.Staircase;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>
/// Reads one municipality's figures from the read models and its staircase, as the current caller:
/// the municipality's own people for their own view, the national coordinator when an edition is gathered.
/// </summary>
public static class NetworkFigureSource
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static async Task<ImmutableDictionary<string, MetricFigure>> Read(
        IDocumentStore store, IGrainFactory grains, string municipality, DateTimeOffset now, CancellationToken ct)
    {
        AccessRules.Demand(Caller.Current ?? throw RuleViolation.Forbidden("Du skal være logget ind."), municipality, Access.Read);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Copenhagen).DateTime);
        var staircase = await grains.GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(municipality)).View();
        await using var session = store.QuerySession(municipality);
        var rounds = await session.Query<TemperatureRoundSummary>().Where(r => r.ClosedAt != null).ToListAsync(ct);
        var citizens = await session.Query<CitizenSummary>().ToListAsync(ct);
        var plans = await session.Query<GroupPlanOverview>().ToListAsync(ct);
        return ImmutableDictionary.CreateRange(NetworkFigures.Temperature(rounds)
            .Concat(NetworkFigures.Citizens(citizens))
            .Concat(NetworkFigures.Staircase(staircase.State))
            .Concat(NetworkFigures.Plans(plans, today)));
    }
}
