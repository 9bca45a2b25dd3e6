using Recovery.Benchmarks.Reporting;
using Recovery.Testing;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// The workshop storm: rooms full of real SignalR clients typing into one shared text, on the product
/// and on a bare room hub that only rebroadcasts, in the same process and run. Product and floor take
/// turns within each level, and the order flips on every repeat, so drift hits both alike.
/// </summary>
public static class StormSuite
{
    public static async Task<int> Run(StormOptions options)
    {
        // Standard output carries only the Markdown; the hosts' console logs (Warning and up) go to standard error.
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        // Every guest arrives from 127.0.0.1, and the server admits 30 a minute per address: raised through its
        // own setting (Recovery:Workshops:GuestJoinsPerMinute), or all but the first room would wait at the door.
        Environment.SetEnvironmentVariable("Recovery__Workshops__GuestJoinsPerMinute", "100000");
        var postgres = await PostgresServer.StartAsync(fast: false);
        Console.Error.WriteLine($"PostgreSQL (fsync on) in {postgres.Folder}, port {postgres.Port}.");
        try
        {
            await using var bare = await BareRoom.StartAsync();
            var cpu = new CpuTime(postgres.Folder);
            var runs = options.Levels.Select(_ => new List<StormRun>()).ToArray();
            for (var repeat = 0; repeat < options.Repeats; repeat++)
            {
                for (var l = 0; l < options.Levels.Count; l++)
                {
                    var level = options.Levels[l];
                    using var limit = new CancellationTokenSource(Limit(level, options));
                    foreach (var floor in repeat % 2 == 0 ? [true, false] : new[] { false, true })
                    {
                        var run = floor
                            ? await StormRuns.Floor(level, options, bare, cpu, limit.Token)
                            : await StormRuns.Product(level, options, postgres, cpu, limit.Token);
                        runs[l].Add(run);
                        var propagation = Mutation.Latency.Of(run.Samples[StormStage.Propagation]);
                        Console.Error.WriteLine($"{level.Name}, {(floor ? "floor" : "product")}: run {repeat + 1} of {options.Repeats} done, " +
                                                $"{run.Confirmed} edits confirmed in the window, propagation p50 {propagation.P50:0.00} ms, p99 {propagation.P99:0.00} ms; " +
                                                $"GC pauses {run.Window.GcPause.TotalMilliseconds:0} ms in {run.Window.Collections} collections, idle {run.Window.IdleCores:0.00} cores, other processes {run.Window.OtherCores:0.00} cores.");
                    }
                }
            }
            var report = StormReport.Render(runs.Select(StormResult.From).ToArray(), options);
            Console.WriteLine(report);
            if (options.Out is { } path) DocSection.Replace(path, StormOptions.Section, report);
            return 0;
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    /// <summary>A bound on one level's product and floor runs: setup, typing, and catching up, with room to spare.</summary>
    private static TimeSpan Limit(StormLevel level, StormOptions options) =>
        TimeSpan.FromMinutes(3) + 2 * (options.Warmup + options.Measure + StormOptions.Tail + 2 * StormOptions.SettleLimit)
        + TimeSpan.FromMilliseconds(200 * level.Clients);
}
