using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Api.People;

internal static class PeopleQueries
{
    public const int Max = 1000;

    /// <summary>
    /// The municipality's directory, so a group can add someone already known (with the id they sign
    /// in with) instead of a new name nobody can sign in as. Names and sign-in ids are personal, so
    /// only those who add members get it: the municipality's tovholder and strategic leaders, or with
    /// <c>slug</c> those who govern that implementation group.
    /// </summary>
    public static void AddPeopleField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnownPersonType>>>>("people")
            .Description($"Kendte personer i kommunen (medlemmer af grupperne), i navneorden; højst {Max}. "
                         + "Kun for dem, der tilføjer medlemmer: kommunens tovholder og strategiske ledere, eller med slug gruppens tovholder og ledere.")
            .Argument<StringGraphType>("slug")
            .WithComplexityImpact(1, 50)
            .ResolveAsync(async c =>
            {
                var (caller, code) = (c.RequireCaller(), c.Source.Code);
                AccessRules.Demand(caller, code, Access.Contribute);
                if (!caller.Governs && !await GovernsGroup(c, caller, code, c.GetArgument<string?>("slug")))
                    throw Errors.Error(RuleViolation.Codes.Forbidden, "Kun den, der tilføjer medlemmer til en gruppe, kan se kommunens kendte personer.");
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code);
                var people = await session.Query<PersonEntry>().Where(p => !p.Erased).OrderBy(p => p.Name).Take(Max).ToListAsync(c.CancellationToken);
                // The database's collation is not Danish: Æ, Ø and Å go last only in Danish order.
                return people.OrderBy(p => p.Name, StringComparer.Create(new("da-DK"), false)).ToArray();
            });

    private static async Task<bool> GovernsGroup(IResolveFieldContext c, Caller caller, string code, string? slug)
    {
        if (!ImplementationGroupKeys.IsValidSlug(slug)) return false;
        var grains = c.RequestServices!.GetRequiredService<IGrainFactory>();
        var key = ImplementationGroupKeys.Grain(code, slug!);
        if (!await grains.HasGroup(code, key)) return false;
        var view = await grains.GetGrain<IImplementationGroupGrain>(key).View();
        return view.State.Established && view.State.MayGovern(caller);
    }
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
