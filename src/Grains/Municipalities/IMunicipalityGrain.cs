namespace Recovery.Grains.Municipalities;

/// <summary>A municipality taking part in the restructuring; keyed by its official code (<c>657</c>). Commands return the new stream version.</summary>
[Alias("recovery.municipality-grain")]
public interface IMunicipalityGrain : ITenantGrain
{
    [Requires(Access.Read), Alias("view")]
    Task<MunicipalityView> View();

    [Requires(Access.Govern), Alias("register-group")]
    Task<long> RegisterGroup(RegisterGroup command);

    [Requires(Access.Lead), Alias("join-programme")]
    Task<long> JoinProgramme(JoinProgramme command);

    [Requires(Access.Steer), Alias("change-programme-phase")]
    Task<long> ChangeProgrammePhase(ChangeProgrammePhase command);

    [Requires(Access.Govern), Alias("tick-checklist-item")]
    Task<long> TickChecklistItem(TickChecklistItem command);

    /// <summary>Govern at the boundary; the decider narrows it to the strategic leader.</summary>
    [Requires(Access.Govern), Alias("share-citizen-text")]
    Task<long> ShareCitizenText(ShareCitizenText command);

    /// <summary>Govern at the boundary; the decider narrows it to the strategic leader.</summary>
    [Requires(Access.Govern), Alias("join-reference-network")]
    Task<long> JoinReferenceNetwork(JoinReferenceNetwork command);

    /// <summary>Govern at the boundary; the decider narrows it to the strategic leader.</summary>
    [Requires(Access.Govern), Alias("leave-reference-network")]
    Task<long> LeaveReferenceNetwork(LeaveReferenceNetwork command);
}
