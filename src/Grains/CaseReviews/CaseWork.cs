namespace Recovery.Grains.CaseReviews;

/// <summary>
/// Who may read and judge the cases of a review. Case references and notes come from citizens' case
/// files, which only the municipality's own staff may see: citizens, relatives and politicians in the
/// groups, and the national coordinator, see the counts per principle, never a case or a note.
/// </summary>
public static class CaseWork
{
    public static bool DoesCaseWork(this Caller caller) => !caller.IsScoped && caller.Role is
        Role.Staff or Role.CaseHandler or Role.PeerWorker or Role.ProfessionalLeader or Role.StrategicLeader or Role.Tovholder;

    public static bool SeesCases(this Caller? caller, string municipality) =>
        caller is not null && caller.Municipality == municipality && caller.DoesCaseWork();
}
