using JasperFx.Events.Projections;
using Marten;

namespace Recovery.Grains.Municipalities;

public static class MunicipalitiesRegistration
{
    public static StoreOptions ConfigureMunicipalities(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<MunicipalityEvent>());
        opts.Projections.Add(new ReferenceNetworkMembershipProjection(), ProjectionLifecycle.Inline);
        return opts;
    }
}
