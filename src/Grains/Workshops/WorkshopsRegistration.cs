using Marten;

namespace Recovery.Grains.Workshops;

public static class WorkshopsRegistration
{
    public static StoreOptions ConfigureWorkshops(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<WorkshopEvent>());
        opts.Schema.For<WorkshopInvitation>();
        return opts;
    }
}
