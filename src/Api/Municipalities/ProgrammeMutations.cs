using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;
using Recovery.Api.GraphQL;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Municipalities;

internal static class ProgrammeMutations
{
    public static void AddProgrammeMutations(this ObjectGraphType mutation)
    {
        Command(mutation, "joinProgramme", (m, _) => m.JoinProgramme(new JoinProgramme()));
        Command(mutation, "changeProgrammePhase", (m, c) => m.ChangeProgrammePhase(new ChangeProgrammePhase(c.GetArgument<ProgrammePhase>("phase"))))
            .Argument<NonNullGraphType<ProgrammePhaseType>>("phase");
        Command(mutation, "tickChecklistItem", (m, c) => m.TickChecklistItem(new TickChecklistItem(
                c.GetArgument<ChecklistItem>("item"), c.GetArgument<bool>("ticked"), c.User?.FindFirst(CallerClaims.Name)?.Value)))
            .Argument<NonNullGraphType<ChecklistItemType>>("item")
            .Argument<NonNullGraphType<BooleanGraphType>>("ticked");
        Command(mutation, "shareCitizenText", (m, c) => m.ShareCitizenText(new ShareCitizenText(c.GetArgument<bool>("shared"))))
            .Argument<NonNullGraphType<BooleanGraphType>>("shared");
    }

    private static FieldBuilder<object?, object> Command(
        ObjectGraphType mutation, string name, Func<IMunicipalityGrain, IResolveFieldContext, Task<long>> run) =>
        mutation.Field<NonNullGraphType<ChangeType>>(name)
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .ResolveAsync(async c =>
            {
                c.RequireCaller();
                var code = MunicipalityQueries.Find(c.GetArgument<string>("municipalityCode")).Code;
                var municipality = c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IMunicipalityGrain>(code);
                return new Change(await run(municipality, c), null);
            });
}
