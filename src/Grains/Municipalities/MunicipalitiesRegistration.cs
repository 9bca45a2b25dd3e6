using Marten;

namespace Recovery.Grains.Municipalities;

public static class MunicipalitiesRegistration
{
    public static StoreOptions ConfigureMunicipalities(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<MunicipalityEvent>());
        return opts;
    }
}
