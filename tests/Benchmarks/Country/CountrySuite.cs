using System.Diagnostics;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Reporting;
using Recovery.Benchmarks.Storm;
using Recovery.Testing.Processes;

namespace Recovery.Benchmarks.Country;

/// <summary>
/// The whole country at once: two Silo processes on one PostgreSQL (fsync on), every municipality
/// seeded, one open workshop per municipality full of real SignalR clients typing as people do, against
/// the bare room hub with the same crowd and typing in this process. Product and floor take turns at
/// each room count, smallest first; the order flips on every repeat, so drift hits both alike.
/// </summary>
public static class CountrySuite
{
    /// <summary>Starting both silos and seeding 96 municipalities on a busy two-core machine; generous, it is a bound, not a target.</summary>
    private static readonly TimeSpan SeedLimit = TimeSpan.FromMinutes(10);

    public static async Task<int> Run(CountryOptions options)
    {
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        var started = Stopwatch.GetTimestamp();
        using var seedLimit = new CancellationTokenSource(SeedLimit);
        await using var cluster = await SiloCluster.StartAsync(CountryOptions.Silos, durable: true, seedLimit.Token, SiloCluster.Country(options.Groups));
        var seedFailures = await cluster.AwaitCountryAsync(SeedLimit, seedLimit.Token);
        var seeding = new CountrySeeded(Stopwatch.GetElapsedTime(started), seedFailures, options.Groups);
        Console.Error.WriteLine($"{CountryOptions.Silos} silos up and the country seeded in {seeding.Elapsed.TotalSeconds:0} s ({seedFailures} municipalities failed); " +
                                $"PostgreSQL (fsync on) in {cluster.Postgres.Folder}; silo logs {string.Join(", ", cluster.Silos.Select(s => s.Log))}.");
        await using var bare = await BareRoom.StartAsync();
        var meters = new Meters(cluster);

        var levels = options.TypingAtOnce.SelectMany(typing => options.Rooms.Select(rooms =>
            new CountryLevel(rooms, options.Participants, new TypingModel(options.Participants, typing)))).ToArray();
        var runs = levels.Select(_ => (Product: new List<CountryRun>(), Floor: new List<CountryRun>(), Failures: new List<string>())).ToArray();
        var broken = new HashSet<double>();
        for (var l = 0; l < levels.Length; l++)
        {
            var level = levels[l];
            for (var repeat = 0; repeat < options.Repeats && !broken.Contains(level.Typing.AtOnce); repeat++)
            {
                foreach (var floor in repeat % 2 == 0 ? [true, false] : new[] { false, true })
                {
                    using var limit = new CancellationTokenSource(Limit(level, options));
                    try
                    {
                        var run = floor
                            ? await CountryRuns.Floor(level, options, bare, meters, limit.Token)
                            : await CountryRuns.Product(level, options, cluster, meters, limit.Token);
                        (floor ? runs[l].Floor : runs[l].Product).Add(run);
                        Describe(run, meters);
                    }
                    catch (Exception e) when (e is OperationCanceledException or TimeoutException or InvalidOperationException or HttpRequestException or AggregateException)
                    {
                        // Where it breaks is a result too: it is reported, and more rooms at this typing are not tried.
                        var failure = $"{(floor ? "floor" : "product")}: {e.GetType().Name}: {e.Message}";
                        Console.Error.WriteLine($"{level.Shape}: {failure}");
                        runs[l].Failures.Add(failure);
                        broken.Add(level.Typing.AtOnce);
                        break;
                    }
                }
            }
        }

        var results = levels.Select((level, l) => new CountryResult(level,
            new CountrySide(runs[l].Product, runs[l].Failures.FirstOrDefault(f => f.StartsWith("product", StringComparison.Ordinal))),
            new CountrySide(runs[l].Floor, runs[l].Failures.FirstOrDefault(f => f.StartsWith("floor", StringComparison.Ordinal))))).ToArray();
        var report = CountryReport.Render(results, options, seeding, meters.Names);
        Console.WriteLine(report);
        if (options.Out is { } path) DocSection.Replace(path, CountryOptions.Section, report);
        return 0;
    }

    private static void Describe(CountryRun run, Meters meters)
    {
        var propagation = Latency.Of(run.Samples[StormStage.Propagation]);
        var ack = Latency.Of(run.Samples[StormStage.Ack]);
        Console.Error.WriteLine($"{run.Level.Shape}, {(run.Floor ? "floor" : "product")}: {run.Typed / run.Window.Elapsed.TotalSeconds:0} keystrokes/s typed, " +
                                $"{run.KeystrokesConfirmed / run.Window.Elapsed.TotalSeconds:0} confirmed; propagation p50 {propagation.P50:0.00} ms, p99 {propagation.P99:0.00} ms; " +
                                $"ack p99 {ack.P99:0.00} ms; cores {string.Join(", ", meters.Names.Zip(run.Window.Cores, (n, c) => $"{n} {c:0.00}"))}, others {run.Window.Others:0.00}; " +
                                $"missed {run.Missed}, refused {run.Refusals}, not joined {run.JoinFailures}, not settled {run.NotSettled}, divergences {run.Divergences}.");
    }

    /// <summary>A bound on one run: opening, joining (a second a participant would be very slow), typing and catching up twice.</summary>
    private static TimeSpan Limit(CountryLevel level, CountryOptions options) =>
        TimeSpan.FromMinutes(3) + options.Warmup + options.Measure + StormOptions.Tail + 2 * StormOptions.SettleLimit
        + TimeSpan.FromMilliseconds(500 * level.Connections);
}

/// <summary>How long the cluster took to start and seed the country, and how many municipalities failed.</summary>
public sealed record CountrySeeded(TimeSpan Elapsed, int Failures, int GroupsPerMunicipality);
