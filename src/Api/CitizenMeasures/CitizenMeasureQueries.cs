using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;
using Recovery.Api.GraphQL;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.CitizenMeasures;

internal static class CitizenMeasureQueries
{
    public static void AddCitizenMeasureInstrumentsQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("citizenMeasureInstruments")
            .Description("WHO-5 og Brief INSPIRE-O: udsagn, svarmuligheder, skæringspunkt og relevant ændring.")
            .Resolve(_ => Instruments.All);

    public static void AddCitizenMeasureFields(this ObjectGraphType<Municipality> municipality)
    {
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnCitizenType>>>>("myCitizens")
            .Description("Borgere, du følger som medarbejder, under pseudonym. Andres borgere ses aldrig her.")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                AccessRules.Demand(caller, c.Source.Code, Access.Contribute);
                if (!CitizenDecider.IsStaff(caller)) return Array.Empty<CitizenSummary>();
                var citizens = await Summaries(c, c.Source.Code);
                return citizens.Where(s => s.OwnStaff.Contains(caller.PersonId)).OrderBy(s => s.EnrolledAt).ToArray();
            });
        municipality.Field<CitizenType>("citizen")
            .Argument<NonNullGraphType<StringGraphType>>("pseudonym")
            .Description("Én borgers besvarelser: kun for borgeren selv (personlig kode) og borgerens egne medarbejdere; null hvis borgeren ikke findes.")
            .ResolveAsync(async c =>
            {
                var (code, pseudonym) = (c.Source.Code, c.GetArgument<string>("pseudonym"));
                var key = CitizenKeys.IsPseudonym(pseudonym) ? CitizenKeys.Grain(code, pseudonym) : null;
                AccessRules.Demand(c.RequireCaller(), code, Access.Participate, key);
                if (key is null) return null;
                // The summary says whether the citizen exists, so a guessed pseudonym wakes no grain.
                await using (var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code))
                    if (await session.LoadAsync<CitizenSummary>(CitizenKeys.Stream(code, pseudonym), c.CancellationToken) is null)
                        return null;
                return await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ICitizenGrain>(key).View("citizen", c.User?.FindFirst(CallerClaims.Name)?.Value);
            });
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeriodAggregateType>>>>("citizenMeasureAggregates")
            .Argument<NonNullGraphType<StringGraphType>>("instrument")
            .Description("Kommunens tal pr. kvartal for et måleredskab (who5 eller brief-inspire-o); perioder med under 5 borgere viser ingen tal.")
            .ResolveAsync(async c =>
            {
                AccessRules.Demand(c.RequireCaller(), c.Source.Code, Access.Read);
                var instrument = InstrumentNames.Parse(c.GetArgument<string>("instrument"))
                    ?? throw Errors.Error(RuleViolation.Codes.Validation, "Ukendt måleredskab: brug who5 eller brief-inspire-o.");
                var citizens = await Summaries(c, c.Source.Code);
                return MeasureAggregates.Of(Instruments.Of(instrument), citizens.Select(s => (IReadOnlyCollection<PeriodScore>)s.Scores)).Reverse().ToArray();
            });
    }

    /// <summary>Every citizen of the municipality: a few thousand rows at most, read whole because scores are grouped per citizen.</summary>
    private static async Task<IReadOnlyList<CitizenSummary>> Summaries(IResolveFieldContext c, string code)
    {
        await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code);
        return await session.Query<CitizenSummary>().ToListAsync(c.CancellationToken);
    }
}
