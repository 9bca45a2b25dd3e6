using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.History;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

internal static class SteeringGroupHistoryField
{
    public const int MaxFirst = 200;

    /// <summary>
    /// The group's history, read from its events. Free text and names are in it, so only the
    /// municipality's own people may read it; that is checked before Marten is asked.
    /// </summary>
    public static void AddHistoryField(this ObjectGraphType<SteeringGroupModel> group) =>
        group.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("history")
            .Description($"Ændringer, nyeste først; med itemId kun det punkts. Kun for kommunens egne folk. first: 1–{MaxFirst}.")
            .Argument<IdGraphType>("itemId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c =>
            {
                var model = c.Source;
                AccessRules.Demand(model.Viewer, model.MunicipalityCode, Access.Contribute);
                var first = c.GetArgument("first", 50);
                if (first is < 1 or > MaxFirst)
                    throw Errors.Error(RuleViolation.Codes.Validation, $"first skal være mellem 1 og {MaxFirst}.");
                var itemId = c.GetArgument<string?>("itemId");
                var store = c.RequestServices!.GetRequiredService<IDocumentStore>();
                var all = await SteeringGroupHistory.Stream.Entries(
                    store, model.MunicipalityCode, SteeringGroupKeys.Stream(model.MunicipalityCode), c.CancellationToken);
                // A group read as of a day has the history of that day, not what came after.
                var shown = all.Where(e => e.Version <= model.Version && (itemId is null || e.ItemId == itemId)).Reverse().Take(first);
                return await HistoryLines.Compose(store, model.MunicipalityCode, all, shown, c.CancellationToken);
            });
}
