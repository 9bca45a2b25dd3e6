using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Recovery.Grains.Assessments;
using Recovery.Grains.CaseReviews;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.NationalProgress;
using Recovery.Grains.People;
using Recovery.Grains.PlanOverview;
using Recovery.Grains.ReferenceNetwork;
using Recovery.Grains.Staircase;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Grains;

/// <summary>How hosts wire the domain in: one Marten set-up and one silo extension.</summary>
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
        // A session without a municipality would read or write under a tenant nobody owns: the store refuses
        // to open one, and reads across municipalities go through AcrossMunicipalities.
        opts.Advanced.DefaultTenantUsageEnabled = false;
        // Needed with the DistributedLock.Postgres stand-in, or the async daemon stalls silently.
        opts.Events.UseAdvisoryLockTransaction = true;
        // Who did it: each event carries its own actor (user name), role (header) and correlation id.
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Schema.For<StreamSnapshot>();
        opts.ConfigurePeople().ConfigureMunicipalities().ConfigureSteeringGroups().ConfigureImplementationGroups().ConfigureWorkshops().ConfigurePlanOverview().ConfigureAssessments()
            .ConfigureStaircase().ConfigureCitizenMeasures().ConfigureCaseReviews().ConfigureNationalProgress()
            .ConfigureReferenceNetwork();
    }

    /// <summary>Adds the grain call filter that enforces tenant access at the grain boundary.</summary>
    public static ISiloBuilder AddRecoveryGrains(this ISiloBuilder silo) =>
        silo.AddIncomingGrainCallFilter<TenantAccessFilter>();
}
