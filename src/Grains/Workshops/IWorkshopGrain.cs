namespace Recovery.Grains.Workshops;

/// <summary>
/// One workshop, keyed <c>657/workshop/{id}</c>: the single sequencer of everything its room
/// changes. Staff of the municipality and guests admitted to this workshop take part; the
/// municipality's tovholder or strategic leader plans, opens, closes and facilitates it.
/// </summary>
[Alias("recovery.workshop")]
public interface IWorkshopGrain : ITenantGrain
{
    /// <summary>Null when no workshop has this id.</summary>
    [Requires(Access.Read), Alias("summary")]
    Task<WorkshopSummary?> Summary();

    [Requires(Access.Govern), Alias("schedule")]
    Task<long> Schedule(ScheduleWorkshop command);

    [Requires(Access.Govern), Alias("open")]
    Task<OpenedWorkshop> Open();

    [Requires(Access.Govern), Alias("close")]
    Task<long> Close();

    [Requires(Access.Govern), Alias("revoke")]
    Task<long> Revoke(string participant);

    /// <summary>Checks the guest code and returns a new workshop-local participant id for the guest.</summary>
    [Requires(Access.Participate), Alias("admit-guest")]
    Task<string> AdmitGuest(string code);

    [Requires(Access.Participate), Alias("join")]
    Task<Joined> Join(string connection, string name, long? since, bool pending);

    [Requires(Access.Participate), Alias("catch-up")]
    Task<Catch> CatchUp(long since, bool pending);

    [Requires(Access.Participate), Alias("submit")]
    Task<Submitted> Submit(Proposal proposal);

    [Requires(Access.Participate), Alias("focus")]
    Task Focus(string connection, string? item, string? field);

    [Requires(Access.Participate), Alias("leave")]
    Task Leave(string connection);
}
