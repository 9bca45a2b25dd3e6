using Microsoft.Extensions.DependencyInjection;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Reporting;
using Recovery.Grains.SteeringGroups;
using Recovery.Testing;

namespace Recovery.Benchmarks.Live;

/// <summary>
/// From one person's change to another person's screen being told, against its floor (bare POST →
/// bare commit → bare SignalR group send), on loopback, with PostgreSQL's fsync on. Like the mutation
/// suite, each run of a level gets a fresh Silo on a fresh database, and levels take turns.
/// </summary>
public static class LiveSuite
{
    private const string FollowerPersona = "herning-borger";

    public static async Task<int> Run(LiveOptions options)
    {
        // Standard output carries only the Markdown; the hosts' console logs (Warning and up) go to standard error.
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        var postgres = await PostgresServer.StartAsync(fast: false);
        Console.Error.WriteLine($"PostgreSQL (fsync on) in {postgres.Folder}, port {postgres.Port}.");
        try
        {
            await using var floor = await FloorCommit.StartAsync(postgres);
            await using var bare = await BareEndpoint.StartAsync(liveFloor: floor);
            var runs = options.Followers.Select(_ => new List<LiveRun>()).ToArray();
            for (var repeat = 0; repeat < options.Repeats; repeat++)
            {
                for (var level = 0; level < options.Followers.Count; level++)
                {
                    runs[level].Add(await RunLevel(level, options.Followers[level], options, postgres, floor, bare));
                    Console.Error.WriteLine($"{options.Followers[level]} follower(s): run {repeat + 1} of {options.Repeats} done.");
                }
            }
            var report = LiveReport.Render(runs.Select(LiveResult.From).ToArray(), options);
            Console.WriteLine(report);
            if (options.Out is { } path) DocSection.Replace(path, LiveOptions.Section, report);
            return 0;
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<LiveRun> RunLevel(
        int level, int followers, LiveOptions options, PostgresServer postgres, FloorCommit floor, BareEndpoint bare)
    {
        using var cancel = new CancellationTokenSource(options.LevelLimit + 2 * LiveLevel.LostAfter + TimeSpan.FromSeconds(LiveLevel.MaxProbes * 2));
        var ct = cancel.Token;
        await using var server = await RecoveryServer.StartAsync(demo: true, postgres);
        var tenant = (await Tenant.OnShared(server, 1))[0];
        int seededItems;
        using (var http = server.Http(tenant.Token)) seededItems = await Seeding.PlanItems(http);
        var readerToken = await server.TokenFor(FollowerPersona);
        var onProduct = await Task.WhenAll(Enumerable.Range(0, followers).Select(_ => Follower.Product(server, readerToken, ct)));
        var onFloor = await Task.WhenAll(Enumerable.Range(0, followers).Select(_ => Follower.Bare(bare, ct)));
        try
        {
            using var writer = new BenchClient(tenant, server.Http(tenant.Token), new HttpClient { BaseAddress = bare.Address }, floor,
                server.Services.GetRequiredService<IGrainFactory>());
            var run = new LiveLevel(level, options, writer, onProduct, onFloor);
            // Every run starts from the freshly seeded plan, so only one run's adds must fit under the cap.
            if (LevelPlan.AddsIn(run.MaxRounds) > SteeringGroupDecider.MaxPlanItems - seededItems)
                throw new ArgumentException($"{run.MaxRounds} rounds could add more than the {SteeringGroupDecider.MaxPlanItems - seededItems} plan items left; lower --rounds.");
            return await run.Run(ct);
        }
        finally
        {
            foreach (var follower in onProduct.Concat(onFloor)) await follower.DisposeAsync();
        }
    }
}
