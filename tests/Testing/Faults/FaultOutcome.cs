namespace Recovery.Testing.Faults;

/// <summary>The fault a scenario injects in the middle of a workshop.</summary>
public enum Fault
{
    /// <summary>SIGKILL of one of two silos, preferably the one hosting the workshop.</summary>
    SiloKill,

    /// <summary>PostgreSQL stopped (fast shutdown), kept down a few seconds, started again.</summary>
    PostgresRestart,
}

/// <summary>
/// What one run of a fault scenario found. An edit is acknowledged when its author has received its own
/// step back (by op id); lost = acknowledged but absent from the workshop's stream, duplicated = an op id
/// stored more than once, divergent = clients whose texts differ from a fresh client's after everything
/// settled, told saved but missing = acknowledged edits the author was then told were saved (same stretch
/// of contact) that are not stored.
/// </summary>
/// <param name="Recovery">Per client that resumed, seconds from the fault (for PostgreSQL: from it being back) to its first edit acknowledged again.</param>
/// <param name="ToldOffline">Clients the server told that PostgreSQL stopped taking the room's steps (<c>storage</c>), so they could show it.</param>
/// <param name="NotResumed">Clients with no edit acknowledged again before the scenario's limit.</param>
/// <param name="HostKilled">For a kill: whether the workshop lived on the killed silo, seen from the survivor's clients (they had to wait too).</param>
/// <param name="Notes">The first few specifics behind any non-zero count, for a reader to follow up.</param>
public sealed record FaultOutcome(
    Fault Fault,
    int Clients,
    int Acked,
    int Lost,
    int Duplicated,
    int Divergent,
    int ToldSavedButMissing,
    int OtherRefusals,
    int Reconnected,
    int ToldOffline,
    IReadOnlyList<double> Recovery,
    int NotResumed,
    bool? HostKilled,
    IReadOnlyList<string> Notes)
{
    public bool Clean => Lost == 0 && Duplicated == 0 && Divergent == 0 && ToldSavedButMissing == 0 && OtherRefusals == 0 && NotResumed == 0;

    public override string ToString() =>
        $"{Fault}: {Clients} clients, {Acked} acked, lost {Lost}, duplicated {Duplicated}, divergent {Divergent}, " +
        $"told saved but missing {ToldSavedButMissing}, other refusals {OtherRefusals}, reconnected {Reconnected}, told offline {ToldOffline}, not resumed {NotResumed}, " +
        $"recovery max {(Recovery.Count > 0 ? Recovery.Max() : 0):0.00} s, host killed {HostKilled?.ToString() ?? "-"}" +
        (Notes.Count > 0 ? "\n  " + string.Join("\n  ", Notes) : "");
}
