using JasperFx.Events.Projections;
using Marten;

namespace Recovery.Grains.PlanOverview;

public static class PlanOverviewRegistration
{
    public static StoreOptions ConfigurePlanOverview(this StoreOptions opts)
    {
        opts.Projections.Add(new GroupPlanOverviewProjection(), ProjectionLifecycle.Inline);
        return opts;
    }
}
