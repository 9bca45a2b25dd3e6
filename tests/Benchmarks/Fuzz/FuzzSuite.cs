using Recovery.Benchmarks.Reporting;
using Recovery.Testing;
using Recovery.Testing.Fuzzing;

namespace Recovery.Benchmarks.Fuzz;

/// <summary>
/// The hostile-input battery of docs/security.md at full count, against one Silo with demo data on its
/// own PostgreSQL. Exits 1 on any server error, error in the log, changed table or unhealthy server afterwards.
/// </summary>
public static class FuzzSuite
{
    public static async Task<int> Run(FuzzOptions options)
    {
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        await using var postgres = await PostgresServer.StartAsync(fast: true);
        var errors = new ErrorLog();
        await using var server = await RecoveryServer.StartAsync(demo: true, postgres, settings: HostileInput.ServerSettings, errorLog: errors);
        Console.Error.WriteLine($"Silo on {server.Address}, PostgreSQL in {postgres.Folder}.");
        var plan = new FuzzPlan(options.Seed, options.GraphQL, options.Hub, options.Workers);
        var report = await HostileInput.RunAsync(server, plan, errors, line => Console.Error.WriteLine(line), CancellationToken.None);
        var markdown = report.Render() + $"\nKommando: `./fuzz.sh --seed {plan.Seed} --graphql {plan.GraphQLCases} --hub {plan.HubCases}`.\n";
        Console.WriteLine(markdown);
        if (!report.Clean)
        {
            Console.Error.WriteLine(report.Problems());
            return 1;
        }
        if (options.Out is { } path) DocSection.Replace(path, FuzzOptions.Section, markdown);
        return 0;
    }
}
