using JasperFx.Events.Projections;
using Marten;

namespace Recovery.Grains.CaseReviews;

public static class CaseReviewsRegistration
{
    public static StoreOptions ConfigureCaseReviews(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<CaseReviewEvent>());
        opts.Projections.Add(new CaseReviewSummaryProjection(), ProjectionLifecycle.Inline);
        return opts;
    }
}
