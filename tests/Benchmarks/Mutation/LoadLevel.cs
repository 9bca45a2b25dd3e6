using System.Diagnostics;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// One concurrency level. Every client runs its rounds back to back; in each round it does the
/// product operation and the floor (and with --parts the sub-parts), reversing the order every other
/// round so drift during the run lands on both sides equally. Clients wait for each other after the
/// warm-up, so the measured window has all of them running.
/// </summary>
public sealed class LoadLevel(int level, LevelPlan plan, bool parts, TimeSpan limit, IReadOnlyList<Tenant> tenants, Func<Tenant, BenchClient> connect)
{
    /// <summary>A request that takes this long means something is stuck, not slow.</summary>
    private static readonly TimeSpan Stuck = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource warmedUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int stillWarming = plan.Clients;
    private long windowStart;

    public async Task<LevelRun> Run()
    {
        using var cancel = new CancellationTokenSource(limit + Stuck);
        var clients = Enumerable.Range(0, plan.Clients).Select(c => Task.Run(() => Client(c, cancel))).ToArray();
        try
        {
            var samples = await Task.WhenAll(clients);
            var window = Stopwatch.GetElapsedTime(windowStart);
            return new LevelRun(plan, samples, window);
        }
        catch
        {
            await cancel.CancelAsync();
            throw;
        }
    }

    private async Task<Samples<Stage>> Client(int client, CancellationTokenSource cancel)
    {
        var ct = cancel.Token;
        var tenant = tenants[client];
        using var bench = connect(tenant);
        bench.EnterAsTenant();
        var samples = new Samples<Stage>();
        var started = Stopwatch.GetTimestamp();
        var arrived = false;
        try
        {
            for (var round = 0; round < plan.Rounds; round++)
            {
                if (round == plan.WarmupRounds)
                {
                    Arrive();
                    arrived = true;
                    await warmedUp.Task.WaitAsync(ct);
                }
                if (Stopwatch.GetElapsedTime(started) > limit) break;
                var measured = round >= plan.WarmupRounds;
                var body = PlanItemRequests.Body(tenant.Municipality, level, client, round);
                var r = round;
                Func<Task>[] steps = parts
                    ? [Product, Floor, async () => Record(Stage.Query, await bench.Query(ct)), async () => Record(Stage.Grain, await bench.Grain(level, client, r))]
                    : [Product, Floor];
                foreach (var step in round % 2 == 0 ? steps : steps.Reverse()) await step();

                async Task Product() => Record(Stage.Product, await bench.Product(body, ct));

                async Task Floor()
                {
                    var (http, commit) = await bench.Floor(body, ct);
                    Record(Stage.BareHttp, http);
                    Record(Stage.BareCommit, commit);
                    Record(Stage.Floor, http + commit);
                }

                void Record(Stage stage, TimeSpan elapsed)
                {
                    if (measured) samples.Add(stage, elapsed);
                }
            }
            // Stopped by the time limit during warm-up: the others must not wait for this client.
            if (!arrived) Arrive();
        }
        catch
        {
            // One failing client ends the level: the others would otherwise wait at the warm-up gate.
            await cancel.CancelAsync();
            throw;
        }
        return samples;
    }

    private void Arrive()
    {
        if (Interlocked.Decrement(ref stillWarming) != 0) return;
        windowStart = Stopwatch.GetTimestamp();
        warmedUp.SetResult();
    }
}
