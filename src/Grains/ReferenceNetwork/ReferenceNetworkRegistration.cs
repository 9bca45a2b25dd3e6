using Marten;

namespace Recovery.Grains.ReferenceNetwork;

public static class ReferenceNetworkRegistration
{
    public static StoreOptions ConfigureReferenceNetwork(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<ReferenceNetworkEvent>());
        return opts;
    }
}
