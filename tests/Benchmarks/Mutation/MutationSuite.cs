using Microsoft.Extensions.DependencyInjection;
using Recovery.Benchmarks.Reporting;
using Recovery.Grains.SteeringGroups;
using Recovery.Testing;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// The GraphQL mutation round trip against its floor, on loopback only. PostgreSQL runs with fsync
/// on (unlike the tests' cluster), because the product and the floor must both pay for a real commit.
/// Each run of a level gets a fresh Silo on a fresh database, so every run starts from the same freshly
/// seeded steering group and the 500-item plan cap is never reached. Levels take turns (1, 16, 1, 16, …)
/// and their repeats are pooled, so a slow minute on the machine lands on every level.
/// </summary>
public static class MutationSuite
{
    public static async Task<int> Run(MutationOptions options)
    {
        // Standard output carries only the Markdown; the hosts' console logs (Warning and up) go to standard error.
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        var postgres = await PostgresServer.StartAsync(fast: false);
        Console.Error.WriteLine($"PostgreSQL (fsync on) in {postgres.Folder}, port {postgres.Port}.");
        try
        {
            await using var floor = await FloorCommit.StartAsync(postgres);
            await using var bare = await BareEndpoint.StartAsync();
            var runs = options.Clients.Select(_ => new List<LevelRun>()).ToArray();
            for (var repeat = 0; repeat < options.Repeats; repeat++)
            {
                for (var level = 0; level < options.Clients.Count; level++)
                {
                    runs[level].Add(await RunLevel(level, options.Clients[level], options, postgres, floor, bare));
                    Console.Error.WriteLine($"{options.Clients[level]} client(s): run {repeat + 1} of {options.Repeats} done.");
                }
            }
            var results = runs.Select(LevelResult.From).ToArray();
            var report = MutationReport.Render(results, options);
            Console.WriteLine(report);
            if (options.Out is { } path) DocSection.Replace(path, options.Section, report);
            return 0;
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<LevelRun> RunLevel(
        int level, int clients, MutationOptions options, PostgresServer postgres, FloorCommit floor, BareEndpoint bare)
    {
        await using var server = await RecoveryServer.StartAsync(demo: true, postgres);
        var shared = await Tenant.OnShared(server, 1);
        using (var http = server.Http(shared[0].Token))
        {
            var seededItems = await Seeding.PlanItems(http);
            var tenants = options.Spread ? await Tenant.Spread(server, clients) : await Tenant.OnShared(server, clients);
            var plan = options.Spread
                ? LevelPlan.For(clients, clientsPerGroup: 1, room: SteeringGroupDecider.MaxPlanItems, options)
                : LevelPlan.For(clients, clientsPerGroup: clients, room: SteeringGroupDecider.MaxPlanItems - seededItems, options);
            Console.Error.WriteLine($"{clients} client(s): {plan.WarmupRounds} warm-up + {plan.MeasuredRounds} measured rounds each.");
            var grains = server.Services.GetRequiredService<IGrainFactory>();
            return await new LoadLevel(level, plan, options.Parts, options.LevelLimit, tenants,
                tenant => new BenchClient(tenant, server.Http(tenant.Token), new HttpClient { BaseAddress = bare.Address }, floor, grains)).Run();
        }
    }
}
