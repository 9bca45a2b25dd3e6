using GraphQL.Types;
using Recovery.Api.GraphQL;
using Recovery.Api.Staircase;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.ImplementationGroups;

namespace Recovery.Api.ImplementationGroups;

internal sealed record ActivityModel(Activity Activity, ImplementationGroupModel Group);

internal sealed class ActivityType : ObjectGraphType<ActivityModel>
{
    public ActivityType()
    {
        Name = "Activity";
        Description = "En aktivitet i implementeringsplanen, knyttet til et eller flere af de otte principper.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Activity.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Activity.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Activity.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("principles").Resolve(c => c.Source.Activity.Principles.Select(p => (int)p));
        Field<IdGraphType>("ownerId").Resolve(c => c.Source.Group.People.VisibleId(c.Source.Activity.OwnerId));
        Field<StringGraphType>("ownerName").Resolve(c => c.Source.Group.People.NameOf(c.Source.Activity.OwnerId));
        Field<StringGraphType>("starts").Description("yyyy-MM-dd").Resolve(c => InputDates.Text(c.Source.Activity.Starts));
        Field<StringGraphType>("due").Description("yyyy-MM-dd").Resolve(c => InputDates.Text(c.Source.Activity.Due));
        Field<NonNullGraphType<PlanItemStatusType>>("status").Resolve(c => c.Source.Activity.Status);
        Field<IdGraphType>("decisionId").Description("Beslutningen, der skabte aktiviteten.").Resolve(c => c.Source.Activity.DecisionId);
        Field<IdGraphType>("trialId").Description("Prøvehandlingen, aktiviteten voksede ud af.").Resolve(c => c.Source.Activity.TrialId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpType>>>>("followUps")
            .Resolve(c => c.Source.Activity.FollowUps.Reverse().Select(f => new FollowUpModel(f, c.Source.Group.People.NameOf(f.By))));
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Description("Skrevet af en borger og ikke delt med dig.").Resolve(c => c.Source.Group.Withheld(c.Source.Activity.Id));
        Field<KeyFigureType>("aimFigure").Description("Nøgletallet, aktiviteten sigter mod.").Resolve(c => c.Source.Activity.Aim?.Figure);
        Field<IdGraphType>("aimStepId").Description("Trinnet i indsatstrappen, når nøgletallet gælder ét trin.").Resolve(c => c.Source.Activity.Aim?.StepId);
    }
}

internal sealed record FollowUpModel(FollowUp FollowUp, string? ByName);

internal sealed class FollowUpType : ObjectGraphType<FollowUpModel>
{
    public FollowUpType()
    {
        Name = "FollowUp";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.FollowUp.Id);
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(c => c.Source.FollowUp.Note);
        Field<NonNullGraphType<StringGraphType>>("at").Resolve(c => c.Source.FollowUp.At.ToString("O"));
        Field<StringGraphType>("byName").Resolve(c => c.Source.ByName);
    }
}

internal sealed record TrialActionModel(TrialAction Trial, ImplementationGroupModel Group);

internal sealed class TrialActionType : ObjectGraphType<TrialActionModel>
{
    public TrialActionType()
    {
        Name = "TrialAction";
        Description = "En prøvehandling: en lille, tidsafgrænset afprøvning med en hypotese og det, gruppen lærte.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Trial.Id);
        Field<NonNullGraphType<StringGraphType>>("hypothesis").Resolve(c => c.Source.Trial.Hypothesis);
        Field<NonNullGraphType<StringGraphType>>("trial").Resolve(c => c.Source.Trial.Trial);
        Field<IdGraphType>("ownerId").Resolve(c => c.Source.Group.People.VisibleId(c.Source.Trial.OwnerId));
        Field<StringGraphType>("ownerName").Resolve(c => c.Source.Group.People.NameOf(c.Source.Trial.OwnerId));
        Field<StringGraphType>("until").Description("yyyy-MM-dd").Resolve(c => InputDates.Text(c.Source.Trial.Until));
        Field<NonNullGraphType<StringGraphType>>("learning").Resolve(c => c.Source.Trial.Learning);
        Field<IdGraphType>("promotedTo").Description("Aktiviteten, prøvehandlingen blev til.").Resolve(c => c.Source.Trial.PromotedTo);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Resolve(c => c.Source.Group.Withheld(c.Source.Trial.Id));
    }
}
