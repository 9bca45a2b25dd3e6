using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.NationalProgress;

internal static class NationalProgressQueries
{
    public static void AddNationalProgressQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NationalConsoleType>>("nationalConsole")
            .Description("Den nationale oversigt over alle tilmeldte kommuner. Kun for den nationale koordinator.")
            .Argument<StringGraphType>("region")
            .Argument<ProgrammePhaseType>("phase")
            .Argument<IntGraphType>("first", a => a.DefaultValue = NationalConsole.MaxPage)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                RequireCoordinator(c.RequireCaller());
                var board = c.RequestServices!.GetRequiredService<ProgressBoard>();
                return NationalConsole.Of(await board.All(c.CancellationToken), board.Today,
                    c.GetArgument<string?>("region"), c.GetArgument<ProgrammePhase?>("phase"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"));
            });

        query.Field<MunicipalityProgressType>("municipalityProgress")
            .Description("Én kommunes fremdrift som tal (null før tilmelding). For kommunens egne folk og den nationale koordinator.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var code = MunicipalityQueries.Find(c.GetArgument<string>("code")).Code;
                AccessRules.Demand(caller, code, Access.Read);
                return await c.RequestServices!.GetRequiredService<ProgressBoard>().One(code, c.CancellationToken);
            });
    }

    public static void RequireCoordinator(Caller caller)
    {
        if (caller.Role != Role.NationalCoordinator || caller.IsScoped)
            throw RuleViolation.Forbidden("Kun den nationale koordinator kan se den nationale oversigt.");
    }
}
