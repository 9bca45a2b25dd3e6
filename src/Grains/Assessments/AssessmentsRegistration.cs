using JasperFx.Events.Projections;
using Marten;

namespace Recovery.Grains.Assessments;

public static class AssessmentsRegistration
{
    public static StoreOptions ConfigureAssessments(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<TemperatureRoundEvent>());
        opts.Events.AddEventTypes(EventTypes.Of<QuestionnaireCatalogEvent>());
        opts.Projections.Add(new TemperatureRoundSummaryProjection(), ProjectionLifecycle.Inline);
        return opts;
    }
}
