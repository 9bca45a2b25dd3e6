using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Recovery.Api.Operations;

/// <summary>Ready only while the event store answers: without it no command can be stored.</summary>
internal sealed class PostgresHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var session = store.QuerySession(TenantKeys.National);
            await session.QueryAsync<int>("select 1", ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL svarer ikke.", e);
        }
    }
}
