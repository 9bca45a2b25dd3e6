namespace Recovery.Grains.SteeringGroups;

/// <summary>A municipality's steering group (<i>styregruppe</i>); keyed <c>657/steering</c>. Commands return the new stream version.</summary>
[Alias("recovery.steering-group")]
public interface ISteeringGroupGrain : ITenantGrain
{
    [Requires(Access.Read), Alias("view")]
    Task<SteeringGroupView> View();

    [Requires(Access.Govern), Alias("establish")]
    Task<long> Establish(EstablishSteeringGroup command);

    [Requires(Access.Govern), Alias("add-member")]
    Task<long> AddMember(AddMember command);

    [Requires(Access.Govern), Alias("remove-member")]
    Task<long> RemoveMember(RemoveMember command);

    [Requires(Access.Govern), Alias("record-decision")]
    Task<long> RecordDecision(RecordDecision command);

    [Requires(Access.Contribute), Alias("add-plan-item")]
    Task<long> AddPlanItem(AddPlanItem command);

    [Requires(Access.Contribute), Alias("edit-plan-item")]
    Task<long> EditPlanItem(EditPlanItem command);
}

/// <summary>The state with the version it was read at, so a client can tell which notices it has seen.</summary>
[GenerateSerializer, Immutable, Alias("steering.view")]
public sealed record SteeringGroupView([property: Id(0)] SteeringGroupState State, [property: Id(1)] long Version);

public static class SteeringGroupKeys
{
    public static string Grain(string municipality) => $"{municipality}/steering";
    public static string Stream(string municipality) => $"steering:{municipality}";
}
