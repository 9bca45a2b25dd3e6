using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Staircase;

namespace Recovery.Api.Staircase;

internal static class StaircaseMutations
{
    public static void AddStaircaseMutations(this ObjectGraphType mutation)
    {
        Command<AddStaircaseStepInput>(mutation, "addStaircaseStep", (s, i) => s.AddStep(new AddStep(i.StepId, i.Name, i.Position)), i => i.StepId);
        Command<RenameStaircaseStepInput>(mutation, "renameStaircaseStep", (s, i) => s.RenameStep(new RenameStep(i.StepId, i.Name)), i => i.StepId);
        Command<MoveStaircaseStepInput>(mutation, "moveStaircaseStep", (s, i) => s.MoveStep(new MoveStep(i.StepId, i.Position)), i => i.StepId);
        Command<RemoveStaircaseStepInput>(mutation, "removeStaircaseStep", (s, i) => s.RemoveStep(new RemoveStep(i.StepId)), i => i.StepId);
        Command<SetStaircaseCountInput>(mutation, "setStaircaseCount",
            (s, i) => s.SetCount(new SetStepCount(i.Quarter, i.StepId, i.Count)), i => i.StepId);
        Command<RecordStaircaseMovementInput>(mutation, "recordStaircaseMovement",
            (s, i) => s.RecordMovement(new RecordMovement(i.Quarter, i.FromStepId, i.ToStepId, i.Count)), _ => null);
        Command<SetKeyFiguresInput>(mutation, "setKeyFigures",
            (s, i) => s.SetKeyFigures(new SetKeyFigures(i.Quarter, i.EducationOrEmploymentShare, i.ReadmissionShare)), _ => null);
        Command<SetExpenditureInput>(mutation, "setExpenditure",
            (s, i) => s.SetExpenditure(new SetExpenditure(i.Quarter, i.StepId, i.Amount)), i => i.StepId);
    }

    private static void Command<TInput>(ObjectGraphType mutation, string name, Func<IStaircaseGrain, TInput, Task<long>> run, Func<TInput, string?> id)
        where TInput : MunicipalityInput =>
        mutation.Field<NonNullGraphType<ChangeType>>(name)
            .Argument<NonNullGraphType<InputType<TInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                AccessRules.Demand(c.RequireCaller(), MunicipalityQueries.Find(input.MunicipalityCode).Code, Access.Govern);
                var staircase = c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(input.MunicipalityCode));
                return new Change(await run(staircase, input), id(input));
            });
}
