using Marten;
using Marten.Services.BatchQuerying;

namespace Recovery.Grains.Shared;

/// <summary>
/// A document that may be read across municipalities: the national read models (counts, phases and
/// dates, never names or text) and the two door indexes a code is looked up in before anyone knows
/// which municipality it belongs to. Nothing else can be queried across tenants.
/// </summary>
public interface ICrossMunicipalityReadModel;

/// <summary>
/// The one place queries leave the caller's municipality. The store refuses sessions without a
/// tenant, so a cross-municipality read opens the national tenant's session and asks here.
/// </summary>
public static class AcrossMunicipalities
{
    public static IQuerySession Session(IDocumentStore store) => store.QuerySession(TenantKeys.National);

    public static IQueryable<T> Query<T>(IQuerySession session) where T : class, ICrossMunicipalityReadModel =>
        session.Query<T>().Where(d => d.AnyTenant());

    public static IBatchedQueryable<T> Query<T>(IBatchedQuery batch) where T : class, ICrossMunicipalityReadModel =>
        batch.Query<T>().Where(d => d.AnyTenant());
}
