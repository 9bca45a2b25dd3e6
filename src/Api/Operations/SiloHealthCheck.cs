using Orleans.Runtime;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Recovery.Api.Operations;

/// <summary>Ready only while the co-hosted silo is active: before it joins and once it shuts down, grains cannot be called.</summary>
internal sealed class SiloHealthCheck(ISiloStatusOracle silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(silo.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Orleans-siloen er ikke aktiv."));
}
