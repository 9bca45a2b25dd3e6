using Marten;

namespace Recovery.Grains.ImplementationGroups;

public static class ImplementationGroupsRegistration
{
    public static StoreOptions ConfigureImplementationGroups(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<ImplementationGroupEvent>());
        return opts;
    }
}
