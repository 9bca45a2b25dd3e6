using System.Reflection;
using Recovery.Grains.Municipalities;

namespace Recovery.Grains.Tests.Municipalities;

/// <summary>Given(events) / When(command) / Then(state) for the municipality's programme, no silo.</summary>
internal sealed class ProgrammeSpec
{
    public static readonly DateTimeOffset Now = new(2026, 3, 12, 9, 30, 0, TimeSpan.FromHours(1));
    public static readonly Caller Leader = new("p-birgitte", "657", Role.StrategicLeader);
    public static readonly Caller Tovholder = new("p-mette", "657", Role.Tovholder);
    public static readonly Caller Citizen = new("p-jonas", "657", Role.Citizen);
    public static readonly Caller Staff = new("p-sara", "657", Role.Staff);
    public static readonly Caller ProfessionalLeader = new("p-per", "657", Role.ProfessionalLeader);
    public static readonly Caller OtherLeader = new("p-anne", "265", Role.StrategicLeader);
    public static readonly Caller National = new("p-lars", null, Role.NationalCoordinator);
    public static readonly Caller Guest = new("g-1", "657", Role.Guest, Scope: "657/workshop/ws-1");

    public static readonly ProgrammeJoined Joined = new("p-birgitte", Now.AddDays(-30));

    private MunicipalityState state = MunicipalityState.Initial;

    public static ProgrammeSpec Given(params MunicipalityEvent[] history) =>
        new() { state = history.Aggregate(MunicipalityState.Initial, MunicipalityDecider.Evolve) };

    public static ProgrammeSpec GivenJoined(params MunicipalityEvent[] more) => Given([Joined, .. more]);

    public IReadOnlyList<MunicipalityEvent> When(MunicipalityCommand command, Caller? actor = null) =>
        MunicipalityDecider.Decide(command, state, new CommandContext(actor ?? Leader, Now));

    public RuleViolation Refuses(MunicipalityCommand command, Caller? actor = null) =>
        Assert.Throws<RuleViolation>(() => When(command, actor));

    public ProgrammeState Then(MunicipalityCommand command, Caller? actor = null) =>
        When(command, actor).Aggregate(state, MunicipalityDecider.Evolve).Programme;

    /// <summary>
    /// Whether the actor gets through both checks that guard a command on Herning: the access the
    /// grain method declares (as the grain call filter reads it) and the decider's own narrowing.
    /// </summary>
    public bool Permits(MunicipalityCommand command, Caller actor)
    {
        if (!AccessRules.Allows(actor, "657", RequiredAccess(command), "657")) return false;
        try
        {
            When(command, actor);
            return true;
        }
        catch (RuleViolation refusal) when (refusal.Code == RuleViolation.Codes.Forbidden)
        {
            return false;
        }
    }

    private static Access RequiredAccess(MunicipalityCommand command) =>
        typeof(IMunicipalityGrain).GetMethods()
            .Single(m => m.GetParameters() is [var p] && p.ParameterType == command.GetType())
            .GetCustomAttribute<RequiresAttribute>()!.Access;
}
