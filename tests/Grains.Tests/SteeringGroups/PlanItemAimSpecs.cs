using Recovery.Grains.SteeringGroups;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class PlanItemAimSpecs
{
    [Fact]
    public void A_member_names_the_figure_an_item_aims_at_and_naming_it_again_changes_nothing()
    {
        var spec = GivenEstablished(ItemAdded());
        var aim = new FigureAim(KeyFigure.Expenditure, "sel-108");

        var state = spec.Then(new AimPlanItem("i-1", aim), Citizen);

        Assert.Equal(aim, state.Item("i-1")!.Aim);
        Assert.Empty(GivenEstablished(ItemAdded(), new DevelopmentPlanItemAimedAtFigure("i-1", aim)).When(new AimPlanItem("i-1", aim with { })));
    }

    [Fact]
    public void An_unknown_item_a_stepless_staircase_figure_and_someone_outside_the_group_are_refused()
    {
        var spec = GivenEstablished(ItemAdded());
        Assert.Equal(RuleViolation.Codes.NotFound, spec.Refuses(new AimPlanItem("i-9", new FigureAim(KeyFigure.Readmissions))).Code);
        Assert.Equal(RuleViolation.Codes.Validation, spec.Refuses(new AimPlanItem("i-1", new FigureAim(KeyFigure.StaircaseStep))).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, spec.Refuses(new AimPlanItem("i-1", new FigureAim(KeyFigure.Readmissions)), Staff).Code);
    }
}
