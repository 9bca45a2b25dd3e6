using Recovery.Grains.ImplementationGroups;

namespace Recovery.Grains.Tests.ImplementationGroups;

/// <summary>Given(events) / When(command) / Then(state): the implementation group's decider, no silo.</summary>
internal sealed class GroupSpec
{
    public static readonly DateTimeOffset Now = new(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(1));
    /// <summary>The municipality's tovholder: governs every group without being a member.</summary>
    public static readonly Caller Mette = new("p-mette", "657", Role.Tovholder);
    /// <summary>A staff member whom the group appointed its tovholder.</summary>
    public static readonly Caller Ali = new("p-ali", "657", Role.Staff);
    public static readonly Caller Jonas = new("p-jonas", "657", Role.Citizen);
    public static readonly Caller Sara = new("p-sara", "657", Role.Staff);
    public static readonly Caller Leader = new("p-lone", "657", Role.ProfessionalLeader);
    /// <summary>Staff of the municipality, not in this group.</summary>
    public static readonly Caller Outsider = new("p-ib", "657", Role.Staff);

    private ImplementationGroupState state = ImplementationGroupState.Initial;

    public IReadOnlyList<ImplementationGroupEvent> History { get; private init; } = [];

    public static GroupSpec Given(params ImplementationGroupEvent[] history) =>
        new() { state = ImplementationGroupDecider.Evolve(ImplementationGroupState.Initial, history), History = history };

    /// <summary>Bostøtte, with Ali (its tovholder), Jonas (citizen), Sara (staff) and Lone (professional leader).</summary>
    public static GroupSpec GivenGroup(params ImplementationGroupEvent[] more) =>
        Given([new ImplementationGroupEstablished("Bostøtte", "Bostøtte efter § 85", "p-mette"),
               new ImplementationGroupMemberAdded("p-ali", Role.Staff),
               new ImplementationGroupTovholderAppointed("p-ali"),
               new ImplementationGroupMemberAdded("p-jonas", Role.Citizen),
               new ImplementationGroupMemberAdded("p-sara", Role.Staff),
               new ImplementationGroupMemberAdded("p-lone", Role.ProfessionalLeader), .. more]);

    public ImplementationGroupState State => state;

    public IReadOnlyList<ImplementationGroupEvent> When(ImplementationGroupCommand command, Caller? actor = null) =>
        ImplementationGroupDecider.Decide(command, state, new CommandContext(actor ?? Ali, Now));

    public RuleViolation Refuses(ImplementationGroupCommand command, Caller? actor = null) =>
        Assert.Throws<RuleViolation>(() => When(command, actor));

    public ImplementationGroupState Then(ImplementationGroupCommand command, Caller? actor = null) =>
        ImplementationGroupDecider.Evolve(state, When(command, actor));

    public static ActivityFields Fields(string title = "Recovery-café hver torsdag", int[]? principles = null, string? owner = null,
        DateOnly? starts = null, DateOnly? due = null, PlanItemStatus status = PlanItemStatus.Planned, string description = "") =>
        new(title, description, [.. principles ?? [3]], owner, starts, due, status);

    public static AddActivity Activity(string id = "a-1", ActivityFields? fields = null) => new(id, fields ?? Fields());

    public static ActivityAdded ActivityAdded(string id = "a-1", string? owner = null) =>
        new(id, "Recovery-café hver torsdag", "", [Principle.NetworkAndCommunities], owner, null, null, PlanItemStatus.Planned);
}

internal static class GroupSpecs
{
    /// <summary>Applies a command's events as history, so the next step starts from there.</summary>
    public static GroupSpec Given(this GroupSpec spec, ImplementationGroupCommand command, Caller? actor = null) =>
        GroupSpec.Given([.. spec.History, .. spec.When(command, actor)]);
}
