using GraphQL.Types;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.PlanOverview;

namespace Recovery.Api.Staircase;

/// <summary>The key figures by their GraphQL names (EDUCATION_OR_EMPLOYMENT …); shared by activities and the staircase.</summary>
internal sealed class KeyFigureType : EnumerationGraphType<KeyFigure>
{
    public KeyFigureType() => Name = "KeyFigure";
}

internal sealed record AimedActivity(GroupPlanOverview Group, PlanAction Action, bool Withheld);

internal sealed class AimedActivityType : ObjectGraphType<AimedActivity>
{
    public AimedActivityType()
    {
        Name = "AimedActivity";
        Description = "En aktivitet, der sigter mod et nøgletal, med gruppen, den hører til.";
        Field<NonNullGraphType<KeyFigureType>>("figure").Resolve(c => c.Source.Action.Aim!.Figure);
        Field<IdGraphType>("stepId").Description("Trinnet, når nøgletallet gælder ét trin.").Resolve(c => c.Source.Action.Aim!.StepId);
        Field<NonNullGraphType<StringGraphType>>("groupName").Resolve(c => c.Source.Group.Name);
        Field<StringGraphType>("groupSlug").Resolve(c => c.Source.Group.Slug);
        Field<NonNullGraphType<IdGraphType>>("activityId").Resolve(c => c.Source.Action.ItemId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Action.Title);
        Field<NonNullGraphType<PlanItemStatusType>>("status").Resolve(c => c.Source.Action.Status);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Description("Skrevet af en borger og ikke delt med dig; titlen er tom.").Resolve(c => c.Source.Withheld);
    }
}
