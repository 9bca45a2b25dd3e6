using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.People;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Api.CitizenMeasures;

internal sealed record CitizenAccessLogPage(int Total, IReadOnlyList<(CitizenAccessEntry Entry, string ReaderName)> Entries);

internal static class CitizenAccessLogQuery
{
    public const int MaxPage = 100;
    private const string CitizenAsReader = "borgeren selv";

    public static void AddCitizenAccessLogField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<NonNullGraphType<CitizenAccessLogPageType>>("citizenAccessLog")
            .Description($"Hvem der har læst enkelte borgeres svar, nyeste først, i sider på højst {MaxPage}. Kun for kommunens tovholder og strategiske ledere.")
            .Argument<IntGraphType>("offset")
            .Argument<IntGraphType>("limit")
            .ResolveAsync(async c =>
            {
                var code = c.Source.Code;
                AccessRules.Demand(c.RequireCaller(), code, Access.Govern);
                var offset = c.GetArgument<int?>("offset") ?? 0;
                var limit = c.GetArgument<int?>("limit") ?? 50;
                if (offset < 0 || limit is < 1 or > MaxPage)
                    throw Errors.Error(RuleViolation.Codes.Validation, $"offset skal være 0 eller mere, limit 1–{MaxPage}.");
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code);
                var total = await session.Query<CitizenAccessEntry>().CountAsync(c.CancellationToken);
                var entries = await session.Query<CitizenAccessEntry>().OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                    .Skip(offset).Take(limit).ToListAsync(c.CancellationToken);
                var staff = entries.Where(e => e.ReaderRole != Role.Citizen.ToClaim()).Select(e => e.ReaderId);
                var names = await DirectoryNames.Load(session, staff, c.CancellationToken);
                return new CitizenAccessLogPage(total, [.. entries.Select(e => (e, ReaderName(e, names)))]);
            });

    /// <summary>A citizen reads under their pseudonym, which is no name; staff by the directory, and an unknown id stays an id.</summary>
    private static string ReaderName(CitizenAccessEntry e, IReadOnlyDictionary<string, string> names) =>
        e.ReaderRole == Role.Citizen.ToClaim() ? CitizenAsReader : names.GetValueOrDefault(e.ReaderId, e.ReaderId);
}

internal sealed class CitizenAccessLogPageType : ObjectGraphType<CitizenAccessLogPage>
{
    public CitizenAccessLogPageType()
    {
        Name = "CitizenAccessLogPage";
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitizenAccessType>>>>("entries").Resolve(c => c.Source.Entries);
    }
}

internal sealed class CitizenAccessType : ObjectGraphType<(CitizenAccessEntry Entry, string ReaderName)>
{
    public CitizenAccessType()
    {
        Name = "CitizenAccess";
        Description = "Én læsning af en borgers svar: hvem, i hvilken rolle, hvorigennem og hvornår; aldrig svarene.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Entry.At);
        Field<StringGraphType>("pseudonym").Description("null, når borgerens målinger er slettet.").Resolve(c => c.Source.Entry.Pseudonym);
        Field<NonNullGraphType<IdGraphType>>("readerId").Resolve(c => c.Source.Entry.ReaderId);
        Field<NonNullGraphType<StringGraphType>>("readerName").Resolve(c => c.Source.ReaderName);
        Field<NonNullGraphType<StringGraphType>>("readerRole").Resolve(c => c.Source.Entry.ReaderRole);
        Field<NonNullGraphType<StringGraphType>>("through").Resolve(c => c.Source.Entry.Through);
    }
}
