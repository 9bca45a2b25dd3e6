using JasperFx.Events.Projections;
using Marten;

namespace Recovery.Grains.CitizenMeasures;

public static class CitizenMeasuresRegistration
{
    public static StoreOptions ConfigureCitizenMeasures(this StoreOptions opts)
    {
        opts.Events.AddEventTypes(EventTypes.Of<CitizenEvent>());
        opts.Projections.Add(new CitizenSummaryProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<PersonalCodeEntry>();
        opts.Schema.For<CitizenAccessEntry>().Index(e => e.At);
        return opts;
    }
}
