using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Api.People;

internal static class PeopleQueries
{
    public const int Max = 1000;

    /// <summary>
    /// The municipality's directory, so a group can add someone already known (with the id they sign
    /// in with) instead of a new name nobody can sign in as. Names are personal: own people only.
    /// </summary>
    public static void AddPeopleField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnownPersonType>>>>("people")
            .Description($"Kendte personer i kommunen (medlemmer af grupperne), i navneorden; højst {Max}. Kun for kommunens egne folk.")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c =>
            {
                AccessRules.Demand(c.RequireCaller(), c.Source.Code, Access.Contribute);
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(c.Source.Code);
                var people = await session.Query<PersonEntry>().Take(Max).ToListAsync(c.CancellationToken);
                return people.OrderBy(p => p.Name, StringComparer.Create(new("da-DK"), false)).ToArray();
            });
}

internal sealed class KnownPersonType : ObjectGraphType<PersonEntry>
{
    public KnownPersonType()
    {
        Name = "KnownPerson";
        Field<NonNullGraphType<IdGraphType>>("personId").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
    }
}
