using GraphQL;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.Assessments;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

/// <summary>
/// A plan item may only link to a measurement that exists in the same municipality: the link is
/// checked against the measurement's read model in the caller's tenant, so another municipality's
/// round id finds nothing.
/// </summary>
internal static class PlanItemSources
{
    public static async Task EnsureExists(IResolveFieldContext context, string municipality, PlanItemSource source)
    {
        if (!Identifier.IsValid(source.Id)) throw Errors.Error(RuleViolation.Codes.Validation, "Ugyldigt id på målingen.");
        await using var session = context.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(municipality);
        var exists = source.Kind switch
        {
            MeasurementKind.TemperatureRound =>
                await session.LoadAsync<TemperatureRoundSummary>(TemperatureRoundKeys.Stream(municipality, source.Id), context.CancellationToken)
                    is { ClosedAt: not null },
            _ => false,
        };
        if (!exists) throw Errors.Error(RuleViolation.Codes.NotFound, "Målingen findes ikke, eller den er ikke afsluttet endnu.");
    }
}
