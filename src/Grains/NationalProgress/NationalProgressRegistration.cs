using JasperFx.Events.Projections;
using Marten;

namespace Recovery.Grains.NationalProgress;

public static class NationalProgressRegistration
{
    /// <summary>Inline, so the console is never behind the municipalities it shows.</summary>
    public static StoreOptions ConfigureNationalProgress(this StoreOptions opts)
    {
        opts.Projections.Add(new MunicipalityProgressProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new GroupProgressProjection(), ProjectionLifecycle.Inline);
        return opts;
    }
}
