using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains;

public static class RecoveryGrains
{
    /// <summary>The Marten set-up every host shares: string streams, conjoined tenancy per municipality, actor metadata.</summary>
    public static void ConfigureRecovery(this StoreOptions opts, string connectionString, string schema = "recovery")
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = schema;
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        opts.Events.TenancyStyle = TenancyStyle.Conjoined;
        opts.Policies.AllDocumentsAreMultiTenanted();
        // Needed with the DistributedLock.Postgres stand-in, or the async daemon stalls silently.
        opts.Events.UseAdvisoryLockTransaction = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Schema.For<PersonEntry>();
        opts.Events.AddEventTypes(EventTypesOf<MunicipalityEvent>());
        opts.Events.AddEventTypes(EventTypesOf<SteeringGroupEvent>());
    }

    /// <summary>Adds the grain call filter that enforces tenant access at the grain boundary.</summary>
    public static ISiloBuilder AddRecoveryGrains(this ISiloBuilder silo) =>
        silo.AddIncomingGrainCallFilter<TenantAccessFilter>();

    private static IEnumerable<Type> EventTypesOf<TBase>() =>
        typeof(TBase).Assembly.GetTypes().Where(t => t.IsSealed && t.IsSubclassOf(typeof(TBase)));
}
