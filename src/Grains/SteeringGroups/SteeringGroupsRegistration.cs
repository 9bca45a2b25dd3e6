using Marten;

namespace Recovery.Grains.SteeringGroups;

public static class SteeringGroupsRegistration
{
    public static StoreOptions ConfigureSteeringGroups(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<SteeringGroupEvent>());
        return opts;
    }
}
