using Recovery.Grains.ImplementationGroups;
using static Recovery.Grains.Tests.ImplementationGroups.GroupSpec;

namespace Recovery.Grains.Tests.ImplementationGroups;

public sealed class ActivityAimSpecs
{
    [Fact]
    public void A_member_names_the_figure_an_activity_aims_at_and_naming_it_again_changes_nothing()
    {
        var spec = GivenGroup(ActivityAdded());
        var aim = new FigureAim(KeyFigure.StaircaseStep, "sel-85");
        var state = spec.Then(new AimActivity("a-1", aim), Jonas);

        Assert.Equal(aim, state.Activity("a-1")!.Aim);
        Assert.Empty(spec.Given(new AimActivity("a-1", aim), Jonas).When(new AimActivity("a-1", aim with { }), Sara));
        Assert.Null(spec.Given(new AimActivity("a-1", aim)).Then(new AimActivity("a-1", null)).Activity("a-1")!.Aim);
    }

    [Fact]
    public void A_step_is_required_for_a_staircase_step_and_refused_where_it_means_nothing()
    {
        var spec = GivenGroup(ActivityAdded());
        Assert.Equal(RuleViolation.Codes.Validation, spec.Refuses(new AimActivity("a-1", new FigureAim(KeyFigure.StaircaseStep))).Code);
        Assert.Equal(RuleViolation.Codes.Validation, spec.Refuses(new AimActivity("a-1", new FigureAim(KeyFigure.Readmissions, "sel-85"))).Code);
        Assert.Equal(RuleViolation.Codes.Validation, spec.Refuses(new AimActivity("a-1", new FigureAim((KeyFigure)9))).Code);
    }

    [Fact]
    public void Someone_outside_the_group_cannot_aim_its_activities() =>
        Assert.Equal(RuleViolation.Codes.Forbidden,
            GivenGroup(ActivityAdded()).Refuses(new AimActivity("a-1", new FigureAim(KeyFigure.Readmissions)), Outsider).Code);
}
