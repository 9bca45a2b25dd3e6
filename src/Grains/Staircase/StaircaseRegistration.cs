using Marten;

namespace Recovery.Grains.Staircase;

public static class StaircaseRegistration
{
    /// <summary>The grain folds the stream itself; Marten only needs to know the events.</summary>
    public static StoreOptions ConfigureStaircase(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<StaircaseEvent>());
        return opts;
    }
}
