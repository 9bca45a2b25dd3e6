using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Recovery.Grains.Municipalities;

/// <summary>
/// Whether a municipality is in the reference network (id = its stream key). The national network
/// reads these across tenants to know whose figures to gather, without waking 98 municipality grains.
/// </summary>
public sealed record ReferenceNetworkMembership(string Id, bool Member) : ICrossMunicipalityReadModel
{
    public string Code => Id.Split(':')[1];
}

/// <summary>Keeps <see cref="ReferenceNetworkMembership"/> inline with the municipality's stream; rebuildable from it.</summary>
public sealed class ReferenceNetworkMembershipProjection : SingleStreamProjection<ReferenceNetworkMembership, string>
{
    public ReferenceNetworkMembershipProjection()
    {
        IncludeType<ReferenceNetworkJoined>();
        IncludeType<ReferenceNetworkLeft>();
    }

    public override ReferenceNetworkMembership? Evolve(ReferenceNetworkMembership? snapshot, string id, IEvent e) => e.Data switch
    {
        ReferenceNetworkJoined => new(id, true),
        ReferenceNetworkLeft => new(id, false),
        _ => snapshot,
    };
}
