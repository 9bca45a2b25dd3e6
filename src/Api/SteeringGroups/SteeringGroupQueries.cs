using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.SteeringGroups;

internal static class SteeringGroupQueries
{
    public static void AddSteeringGroupQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrerequisiteType>>>>("prerequisites")
            .Description("De otte organisatoriske forudsætninger.")
            .Resolve(_ => OrganisationalPrerequisites.All);

    /// <summary>The steering group hangs off its municipality; this slice owns the field.</summary>
    public static void AddSteeringGroupField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<SteeringGroupType>("steeringGroup")
            .Description("Kommunens styregruppe; null indtil den er oprettet. Kun for kommunens egne folk og den nationale koordinator. "
                         + "Med asOf (åååå-mm-dd) som den var ved dagens slutning, skrivebeskyttet og kun for kommunens egne folk.")
            .Argument<StringGraphType>("asOf")
            .ResolveAsync(async context =>
            {
                var reader = context.RequestServices!.GetRequiredService<SteeringGroupReader>();
                var caller = context.RequireCaller();
                return InputDates.Date(context.GetArgument<string?>("asOf")) is { } asOf
                    ? await reader.ReadAsOf(context.Source.Code, caller, asOf, context.CancellationToken)
                    : await reader.Read(context.Source.Code, caller);
            });
}
