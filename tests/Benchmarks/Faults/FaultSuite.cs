using Recovery.Benchmarks.Reporting;
using Recovery.Testing.Faults;
using Recovery.Testing.Processes;

namespace Recovery.Benchmarks.Faults;

/// <summary>
/// The fault scenarios of docs/reliability.md, run again and again: each run restarts PostgreSQL in one
/// workshop and then kills a silo in another, on a cluster of two real silo processes with fsync on.
/// A fresh cluster every few runs; in between, a killed silo is replaced by a new process.
/// </summary>
public static class FaultSuite
{
    public static async Task<int> Run(FaultOptions options)
    {
        var outcomes = new List<FaultOutcome>();
        SiloCluster? cluster = null;
        try
        {
            for (var run = 0; run < options.Runs; run++)
            {
                if (run % options.PerCluster == 0)
                {
                    if (cluster is not null) await cluster.DisposeAsync();
                    cluster = await SiloCluster.StartAsync(2, durable: true, CancellationToken.None);
                    Console.Error.WriteLine($"Fresh cluster: PostgreSQL (fsync on) in {cluster.Postgres.Folder}, silos {string.Join(", ", cluster.Silos.Select(s => s.Address))}.");
                }
                foreach (var fault in new[] { Fault.PostgresRestart, Fault.SiloKill })
                {
                    using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
                    var outcome = await FaultScenario.RunAsync(cluster!, fault, options.Plan, line => Console.Error.WriteLine($"[run {run + 1}] {line}"), limit.Token);
                    outcomes.Add(outcome);
                }
            }
        }
        finally
        {
            if (cluster is not null) await cluster.DisposeAsync();
        }
        var report = FaultReport.Render(outcomes, options);
        Console.WriteLine(report);
        if (options.Out is { } path) DocSection.Replace(path, FaultOptions.Section, report);
        return outcomes.All(o => o.Clean) ? 0 : 1;
    }
}
