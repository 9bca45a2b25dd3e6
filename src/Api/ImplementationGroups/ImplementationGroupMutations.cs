using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.ImplementationGroups;
using static Recovery.Api.GraphQL.InputDates;

namespace Recovery.Api.ImplementationGroups;

internal static class ImplementationGroupMutations
{
    public static void AddImplementationGroupMutations(this ObjectGraphType mutation)
    {
        Command<EstablishImplementationGroupInput>(mutation, "establishImplementationGroup", async (g, i) =>
            new Change(await g.Establish(new EstablishImplementationGroup(i.Name, i.Focus ?? "")), i.Slug));
        Command<AddGroupMemberInput>(mutation, "addImplementationGroupMember", async (g, i) =>
        {
            var id = i.PersonId ?? Identifier.New("p");
            return new Change(await g.AddMember(new AddGroupMember(id, i.Name, i.Role)), id);
        });
        Command<GroupPersonInput>(mutation, "removeImplementationGroupMember", async (g, i) =>
            new Change(await g.RemoveMember(new RemoveGroupMember(i.PersonId)), i.PersonId));
        Command<GroupPersonInput>(mutation, "appointImplementationGroupTovholder", async (g, i) =>
            new Change(await g.AppointTovholder(new AppointTovholder(i.PersonId)), i.PersonId));
        Command<SetMandateInput>(mutation, "setImplementationGroupMandate", async (g, i) =>
            new Change(await g.SetMandate(new SetMandate(i.Mandate)), null));
        Command<AddActivityInput>(mutation, "addActivity", async (g, i) =>
        {
            var id = i.Id ?? Identifier.New("a");
            var fields = new ActivityFields(i.Title, i.Description ?? "", [.. i.Principles], i.OwnerId, Date(i.Starts), Date(i.Due), i.Status ?? PlanItemStatus.Planned);
            return new Change(await g.AddActivity(new AddActivity(id, fields)), id);
        });
        Command<EditActivityInput>(mutation, "editActivity", async (g, i) =>
        {
            var fields = new ActivityFields(i.Title, i.Description ?? "", [.. i.Principles], i.OwnerId, Date(i.Starts), Date(i.Due), i.Status);
            return new Change(await g.EditActivity(new EditActivity(i.ActivityId, fields)), i.ActivityId);
        });
        Command<AimActivityInput>(mutation, "aimActivity", async (g, i) =>
            new Change(await g.AimActivity(new AimActivity(i.ActivityId, i.Figure is { } figure ? new FigureAim(figure, i.StepId) : null)), i.ActivityId));
        Command<RestoreActivityInput>(mutation, "restoreActivity", async (g, i) =>
            new Change(await g.RestoreActivity(new RestoreActivity(i.ActivityId, i.Version)), i.ActivityId));
        Command<FollowUpInput>(mutation, "followUpActivity", async (g, i) =>
        {
            var id = i.Id ?? Identifier.New("f");
            return new Change(await g.FollowUp(new FollowUpActivity(i.ActivityId, id, i.Note)), id);
        });
        Command<RecordGroupDecisionInput>(mutation, "recordGroupDecision", async (g, i) =>
        {
            var id = i.Id ?? Identifier.New("d");
            var actions = (i.Actions ?? []).Select(a => new DecidedAction(a.Id ?? Identifier.New("a"), a.Title, [.. a.Principles], a.OwnerId, Date(a.Due)));
            return new Change(await g.RecordDecision(new RecordGroupDecision(id, i.Title, i.Rationale ?? "", [.. actions])), id);
        });
        Command<NoteForceInput>(mutation, "noteDriverOrBarrier", async (g, i) =>
        {
            var id = i.Id ?? Identifier.New("k");
            return new Change(await g.NoteForce(new NoteForce(id, i.Kind, i.Text)), id);
        });
        Command<RemoveForceInput>(mutation, "removeDriverOrBarrier", async (g, i) =>
            new Change(await g.RemoveForce(new RemoveForce(i.ForceId)), i.ForceId));
        Command<SubmitReportInput>(mutation, "submitGroupReport", async (g, i) =>
        {
            var id = i.Id ?? Identifier.New("r");
            return new Change(await g.SubmitReport(new SubmitReport(id, i.Title, i.Text)), id);
        });
        Command<ProposeTrialInput>(mutation, "proposeTrialAction", async (g, i) =>
        {
            var id = i.Id ?? Identifier.New("t");
            return new Change(await g.ProposeTrial(new ProposeTrialAction(id, i.Hypothesis, i.Trial, i.OwnerId, Date(i.Until))), id);
        });
        Command<RecordLearningInput>(mutation, "recordTrialLearning", async (g, i) =>
            new Change(await g.RecordLearning(new RecordTrialLearning(i.TrialId, i.Learning)), i.TrialId));
        Command<PromoteTrialInput>(mutation, "promoteTrialAction", async (g, i) =>
        {
            var id = i.ActivityId ?? Identifier.New("a");
            return new Change(await g.PromoteTrial(new PromoteTrialAction(i.TrialId, id, [.. i.Principles])), id);
        });
    }

    private static void Command<TInput>(ObjectGraphType mutation, string name, Func<IImplementationGroupGrain, TInput, Task<Change>> run)
        where TInput : GroupInput =>
        mutation.Field<NonNullGraphType<ChangeType>>(name)
            .Argument<NonNullGraphType<InputType<TInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                return await run(Group(c, input.MunicipalityCode, input.Slug), input);
            });

    /// <summary>A malformed slug is refused here, before it could name a grain.</summary>
    private static IImplementationGroupGrain Group(IResolveFieldContext context, string municipality, string slug)
    {
        context.RequireCaller();
        MunicipalityQueries.Find(municipality);
        if (!ImplementationGroupKeys.IsValidSlug(slug))
            throw Errors.Error(RuleViolation.Codes.Validation, $"Gruppens kortnavn skal være 1–{ImplementationGroupKeys.SlugMax} tegn: små bogstaver a–z, tal og bindestreg.");
        return context.RequestServices!.GetRequiredService<IGrainFactory>()
            .GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(municipality, slug));
    }
}
