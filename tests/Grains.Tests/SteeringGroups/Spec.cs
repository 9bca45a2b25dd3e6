using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Tests.SteeringGroups;

/// <summary>Given(events) / When(command) / Then(events): the decider's behaviour, no silo.</summary>
internal sealed class Spec
{
    public static readonly DateTimeOffset Now = new(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(1));
    public static readonly Caller Tovholder = new("p-mette", "657", Role.Tovholder);
    public static readonly Caller Citizen = new("p-jonas", "657", Role.Citizen);
    public static readonly Caller Staff = new("p-sara", "657", Role.Staff);

    private SteeringGroupState state = SteeringGroupState.Initial;

    public SteeringGroupState State => state;

    public static Spec Given(params SteeringGroupEvent[] history) =>
        new() { state = history.Aggregate(SteeringGroupState.Initial, SteeringGroupDecider.Evolve) };

    /// <summary>An established group whose members are Mette (tovholder) and Jonas (citizen).</summary>
    public static Spec GivenEstablished(params SteeringGroupEvent[] more) =>
        Given([new SteeringGroupEstablished("p-mette"),
               new SteeringGroupMemberAdded("p-mette", Role.Tovholder),
               new SteeringGroupMemberAdded("p-jonas", Role.Citizen), .. more]);

    public IReadOnlyList<SteeringGroupEvent> When(SteeringGroupCommand command, Caller? actor = null) =>
        SteeringGroupDecider.Decide(command, state, new CommandContext(actor ?? Tovholder, Now));

    public RuleViolation Refuses(SteeringGroupCommand command, Caller? actor = null) =>
        Assert.Throws<RuleViolation>(() => When(command, actor));

    public SteeringGroupState Then(SteeringGroupCommand command, Caller? actor = null) =>
        When(command, actor).Aggregate(state, SteeringGroupDecider.Evolve);

    public static AddPlanItem Item(string id = "i-1", int prerequisite = 1, string title = "Status til udvalget",
        string description = "", string? owner = null, DateOnly? due = null, PlanItemStatus status = PlanItemStatus.Planned) =>
        new(id, prerequisite, title, description, owner, due, status);

    public static DevelopmentPlanItemAdded ItemAdded(string id = "i-1", string? owner = null) =>
        new(id, OrganisationalPrerequisite.PoliticalFocus, "Status til udvalget", "", owner, null, PlanItemStatus.Planned);
}
