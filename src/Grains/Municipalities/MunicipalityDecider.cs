namespace Recovery.Grains.Municipalities;

/// <summary>The municipality stream's state machine: pure, no I/O.</summary>
public static class MunicipalityDecider
{
    public static IReadOnlyList<MunicipalityEvent> Decide(MunicipalityCommand command, MunicipalityState state) => command switch
    {
        RegisterGroup c when state.Groups.Any(g => g.Key == c.GroupKey) => [],
        RegisterGroup c => [new MunicipalityGroupRegistered(c.GroupKey, c.Kind)],
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    public static MunicipalityState Evolve(MunicipalityState state, MunicipalityEvent e) => e switch
    {
        MunicipalityGroupRegistered r => state with { Groups = state.Groups.Add(new RegisteredGroup(r.GroupKey, r.Kind)) },
        _ => state,
    };
}
