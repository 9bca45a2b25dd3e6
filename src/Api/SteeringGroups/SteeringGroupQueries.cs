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
            .Description("Kommunens styregruppe; null indtil den er oprettet. Kun for kommunens egne folk og den nationale koordinator.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<SteeringGroupReader>()
                .Read(context.Source.Code, context.RequireCaller()));
}
