using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.ImplementationGroups;

internal static class ImplementationGroupQueries
{
    public static void AddPrincipleQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrincipleType>>>>("principles")
            .Description("De otte principper for recovery-orienteret rehabilitering.")
            .Resolve(_ => Principles.All);

    /// <summary>The groups hang off their municipality; this slice owns the fields.</summary>
    public static void AddImplementationGroupFields(this ObjectGraphType<Municipality> municipality)
    {
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImplementationGroupType>>>>("implementationGroups")
            .Description("Kommunens implementeringsgrupper. Kun for kommunens egne folk og den nationale koordinator.")
            .ResolveAsync(async c => await Reader(c).All(c.Source.Code, c.RequireCaller()));
        municipality.Field<ImplementationGroupType>("implementationGroup")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .Argument<StringGraphType>("asOf")
            .Description("Én implementeringsgruppe; null hvis den ikke findes. Med asOf (åååå-mm-dd) som den var ved dagens slutning, "
                         + "skrivebeskyttet og kun for kommunens egne folk.")
            .ResolveAsync(async c =>
            {
                var (slug, caller) = (c.GetArgument<string>("slug"), c.RequireCaller());
                return InputDates.Date(c.GetArgument<string?>("asOf")) is { } asOf
                    ? await Reader(c).ReadAsOf(c.Source.Code, slug, caller, asOf, c.CancellationToken)
                    : await Reader(c).Read(c.Source.Code, slug, caller);
            });
    }

    private static ImplementationGroupReader Reader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ImplementationGroupReader>();
}

internal sealed class PrincipleType : ObjectGraphType<Principle>
{
    public PrincipleType()
    {
        Name = "Principle";
        Description = "Et af de otte principper for recovery-orienteret rehabilitering.";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => (int)c.Source);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.DanishTitle());
    }
}
