namespace Recovery.Grains.SteeringGroups;

/// <summary>A municipality's steering group (<i>styregruppe</i>); keyed <c>657/steering</c>. Commands return the new stream version.</summary>
[Alias("recovery.steering-group")]
public interface ISteeringGroupGrain : ITenantGrain
{
    /// <summary>The group as the caller may see it: outsiders get citizens' text removed unless the municipality shares it.</summary>
    [Requires(Access.Read), Alias("view")]
    Task<SteeringGroupView> View();

    [Requires(Access.Govern), Alias("establish")]
    Task<long> Establish(EstablishSteeringGroup command);

    [Requires(Access.Govern), Alias("add-member")]
    Task<long> AddMember(AddMember command);

    [Requires(Access.Govern), Alias("remove-member")]
    Task<long> RemoveMember(RemoveMember command);

    [Requires(Access.Govern), Alias("set-mandate")]
    Task<long> SetMandate(SetSteeringGroupMandate command);

    [Requires(Access.Govern), Alias("record-decision")]
    Task<long> RecordDecision(RecordDecision command);

    [Requires(Access.Contribute), Alias("add-plan-item")]
    Task<long> AddPlanItem(AddPlanItem command);

    [Requires(Access.Contribute), Alias("edit-plan-item")]
    Task<long> EditPlanItem(EditPlanItem command);

    /// <summary>Brings an item back to how it was at an earlier version, by new events; the history keeps every step.</summary>
    [Requires(Access.Contribute), Alias("restore-plan-item")]
    Task<long> RestorePlanItem(RestorePlanItem command);

    [Requires(Access.Contribute), Alias("aim-plan-item")]
    Task<long> AimPlanItem(AimPlanItem command);

    [Requires(Access.Govern), Alias("plan-workshop")]
    Task<long> PlanWorkshop(PlanWorkshop command);

    [Requires(Access.Govern), Alias("record-workshop")]
    Task<long> RecordWorkshop(RecordWorkshop command);
}
