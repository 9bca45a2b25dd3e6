using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.SteeringGroups;

internal static class SteeringGroupMutations
{
    public static void AddSteeringGroupMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChangeType>>("establishSteeringGroup")
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .ResolveAsync(async c => new Change(await Group(c, c.GetArgument<string>("municipalityCode")).Establish(new EstablishSteeringGroup()), null));

        Command<AddMemberInput>(mutation, "addSteeringGroupMember", async (group, input) =>
        {
            var id = input.PersonId ?? Identifier.New("p");
            return new Change(await group.AddMember(new AddMember(id, input.Name, input.Role)), id);
        });
        Command<RemoveMemberInput>(mutation, "removeSteeringGroupMember", async (group, input) =>
            new Change(await group.RemoveMember(new RemoveMember(input.PersonId)), input.PersonId));
        Command<RecordDecisionInput>(mutation, "recordDecision", async (group, input) =>
        {
            var id = input.Id ?? Identifier.New("d");
            var actions = (input.Actions ?? []).Select(a =>
                new AddPlanItem(a.Id ?? Identifier.New("i"), a.Prerequisite, a.Title, "", a.OwnerId, InputDates.Date(a.Due), PlanItemStatus.Planned));
            return new Change(await group.RecordDecision(new RecordDecision(id, input.Title, input.Rationale ?? "", [.. actions])), id);
        });
        Command<SetSteeringGroupMandateInput>(mutation, "setSteeringGroupMandate", async (group, input) =>
            new Change(await group.SetMandate(new SetSteeringGroupMandate(input.Mandate)), null));
        Command<AddPlanItemInput>(mutation, "addPlanItem", async (group, input, context) =>
        {
            var id = input.Id ?? Identifier.New("i");
            var source = input.Source is { } s ? new PlanItemSource(s.Kind, s.Id) : null;
            if (source is not null) await PlanItemSources.EnsureExists(context, input.MunicipalityCode, source);
            return new Change(await group.AddPlanItem(new AddPlanItem(
                id, input.Prerequisite, input.Title, input.Description ?? "", input.OwnerId, InputDates.Date(input.Due), input.Status ?? PlanItemStatus.Planned, source)), id);
        });
        Command<EditPlanItemInput>(mutation, "editPlanItem", async (group, input) =>
            new Change(await group.EditPlanItem(new EditPlanItem(
                input.ItemId, input.Title, input.Description ?? "", input.OwnerId, InputDates.Date(input.Due), input.Status)), input.ItemId));
        Command<AimPlanItemInput>(mutation, "aimPlanItem", async (group, input) =>
            new Change(await group.AimPlanItem(new AimPlanItem(input.ItemId, input.Figure is { } figure ? new FigureAim(figure, input.StepId) : null)), input.ItemId));
        Command<RestorePlanItemInput>(mutation, "restorePlanItem", async (group, input) =>
            new Change(await group.RestorePlanItem(new RestorePlanItem(input.ItemId, input.Version)), input.ItemId));
    }

    private static void Command<TInput>(ObjectGraphType mutation, string name, Func<ISteeringGroupGrain, TInput, Task<Change>> run)
        where TInput : SteeringGroupInput =>
        Command<TInput>(mutation, name, (group, input, _) => run(group, input));

    private static void Command<TInput>(ObjectGraphType mutation, string name, Func<ISteeringGroupGrain, TInput, IResolveFieldContext, Task<Change>> run)
        where TInput : SteeringGroupInput =>
        mutation.Field<NonNullGraphType<ChangeType>>(name)
            .Argument<NonNullGraphType<InputType<TInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                return await run(Group(c, input.MunicipalityCode), input, c);
            });

    private static ISteeringGroupGrain Group(IResolveFieldContext context, string municipality)
    {
        context.RequireCaller();
        MunicipalityQueries.Find(municipality);
        return context.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(municipality));
    }
}

internal sealed record Change(long Version, string? Id);

internal sealed class ChangeType : ObjectGraphType<Change>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "Resultatet af en ændring: den nye version og id'et på det, der blev oprettet.";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.Version);
        Field<IdGraphType>("id").Resolve(c => c.Source.Id);
    }
}
