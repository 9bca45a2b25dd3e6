using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;

namespace Recovery.Api.History;

/// <summary>Which stream a group's history is read from, how far (the version the group was read at), and for whom.</summary>
internal sealed record HistorySource(string Municipality, string StreamKey, long Version, Caller Viewer);

internal static class HistoryField
{
    public const int MaxFirst = 200;

    /// <summary>
    /// Adds <c>history(itemId, first)</c> to any group type, read from the group's events with its
    /// slice's narrator. Free text and names are in it, so only the municipality's own people may
    /// read it; that is checked before Marten is asked.
    /// </summary>
    public static void AddHistoryField<TModel, TState, TEvent>(
        this ObjectGraphType<TModel> group, StreamHistory<TState, TEvent> stream, Func<TModel, HistorySource> source)
        where TEvent : class =>
        group.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("history")
            .Description($"Ændringer, nyeste først; med itemId kun det punkts. Kun for kommunens egne folk. first: 1–{MaxFirst}.")
            .Argument<IdGraphType>("itemId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c =>
            {
                var (municipality, key, version, viewer) = source(c.Source);
                AccessRules.Demand(viewer, municipality, Access.Contribute);
                var first = c.GetArgument("first", 50);
                if (first is < 1 or > MaxFirst)
                    throw Errors.Error(RuleViolation.Codes.Validation, $"first skal være mellem 1 og {MaxFirst}.");
                var itemId = c.GetArgument<string?>("itemId");
                var store = c.RequestServices!.GetRequiredService<IDocumentStore>();
                var all = await stream.Entries(store, municipality, key, c.CancellationToken);
                // A group read as of a day has the history of that day, not what came after.
                var shown = all.Where(e => e.Version <= version && (itemId is null || e.ItemId == itemId)).Reverse().Take(first);
                return await HistoryLines.Compose(store, municipality, all, shown, c.CancellationToken);
            });
}
