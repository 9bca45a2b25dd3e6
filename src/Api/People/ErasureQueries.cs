using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.People;

internal static class ErasureQueries
{
    public const int Max = 200;

    public static void AddErasuresField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErasureType>>>>("erasures")
            .Description($"Kommunens sletninger, nyeste først (højst {Max}); en borgers sletning står uden pseudonym. Kun for tovholder og strategiske ledere.")
            .ResolveAsync(async c =>
            {
                var code = c.Source.Code;
                AccessRules.Demand(c.RequireCaller(), code, Access.Govern);
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code);
                var records = await session.Query<ErasureRecord>().OrderByDescending(r => r.At).Take(Max).ToListAsync(c.CancellationToken);
                var names = await DirectoryNames.Load(session, records.Select(r => r.ErasedBy), c.CancellationToken);
                // Unknown to the directory is not erased: such an eraser stays an id, as in the access log.
                return records.Select(r => (r, names.GetValueOrDefault(r.ErasedBy, r.ErasedBy))).ToArray();
            });
}

internal sealed class ErasureType : ObjectGraphType<(ErasureRecord Record, string ErasedByName)>
{
    public ErasureType()
    {
        Name = "Erasure";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("person eller citizen-measures.")
            .Resolve(c => c.Source.Record.Kind == ErasureKind.Person ? "person" : "citizen-measures");
        Field<IdGraphType>("personId").Description("Den slettede persons id; null for en borgers målinger.").Resolve(c => c.Source.Record.PersonId);
        Field<NonNullGraphType<StringGraphType>>("erasedByName").Resolve(c => c.Source.ErasedByName);
        Field<NonNullGraphType<StringGraphType>>("erasedByRole").Resolve(c => c.Source.Record.ErasedByRole);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Record.At);
    }
}
