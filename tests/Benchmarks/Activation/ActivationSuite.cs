using System.Diagnostics;
using System.Globalization;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Demo;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Reporting;
using Recovery.Grains.Municipalities;
using Recovery.Testing;

namespace Recovery.Benchmarks.Activation;

/// <summary>
/// Cold activation of a steering group with years of history, and of a workshop room with a long life,
/// each against one of its kind with a short history (the floor), on one Silo with PostgreSQL's fsync on, as the other suites run. Each round opens every
/// subject once, in an order that rotates from round to round, so a slow moment on the shared machine
/// lands on all of them alike.
/// </summary>
public static class ActivationSuite
{
    public static async Task<int> Run(ActivationOptions options)
    {
        // Standard output carries only the Markdown; the hosts' console logs (Warning and up) go to standard error.
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        var postgres = await PostgresServer.StartAsync(fast: false);
        Console.Error.WriteLine($"PostgreSQL (fsync on) in {postgres.Folder}, port {postgres.Port}.");
        try
        {
            // No demo: its seeding writes to and activates groups of its own, which would share the Silo with the groups timed.
            await using var server = await RecoveryServer.StartAsync(demo: false, postgres);
            var grains = server.Services.GetRequiredService<IGrainFactory>();
            var store = server.Services.GetRequiredService<IDocumentStore>();
            var subjects = Subjects(options);
            var snapshots = new Dictionary<Subject, long?>();
            foreach (var subject in subjects)
            {
                var clock = Stopwatch.StartNew();
                snapshots[subject] = await StoredHistory.Write(subject, store, grains, options.BatchSize);
                Console.Error.WriteLine($"{subject.Kind} {subject.Label}: {subject.Stored} events stored in {clock.Elapsed.TotalSeconds:0} s, " +
                                        $"snapshot at {snapshots[subject]?.ToString() ?? "none"}.");
            }

            var cold = new ColdActivation(grains);
            var samples = subjects.ToDictionary(s => s, _ => new List<double>());
            for (var round = 0; round < options.WarmupRounds + options.Rounds; round++)
            {
                for (var i = 0; i < subjects.Count; i++)
                {
                    var subject = subjects[(round + i) % subjects.Count];
                    var elapsed = await cold.Open(subject);
                    if (round >= options.WarmupRounds) samples[subject].Add(elapsed.TotalMilliseconds);
                }
                if ((round + 1) % 10 == 0) Console.Error.WriteLine($"Round {round + 1} of {options.WarmupRounds + options.Rounds} done.");
            }

            var results = subjects.Select(s => new ActivationResult(s, snapshots[s], Latency.Of(samples[s]))).ToArray();
            var report = ActivationReport.Render(results, options);
            Console.WriteLine(report);
            if (options.Out is { } path) DocSection.Replace(path, ActivationOptions.Section, report);
            return 0;
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    /// <summary>
    /// For steering groups and for workshops alike: the floor, each long size just after its snapshot, and
    /// the longest twice more: with the most events a load can find after a snapshot (one interval less
    /// one), and without its snapshot (what the snapshot buys). Each in a municipality of its own,
    /// skipping the two the demo seeds.
    /// </summary>
    private static List<Subject> Subjects(ActivationOptions options)
    {
        var seeded = DemoPersonas.All.Select(p => p.Municipality).ToHashSet();
        var codes = new Queue<string>(MunicipalityCatalog.All.Select(m => m.Code).Where(c => !seeded.Contains(c)));
        return [.. Of(SubjectKind.SteeringGroup, options, codes), .. Of(SubjectKind.Workshop, options, codes)];
    }

    private static List<Subject> Of(SubjectKind kind, ActivationOptions options, Queue<string> codes)
    {
        List<Subject> subjects = [new Subject("floor", codes.Dequeue(), options.FloorEvents, KeepSnapshot: true, Kind: kind) { IsFloor = true }];
        subjects.AddRange(options.Events.Order().Select(n =>
            new Subject($"{n.ToString("N0", CultureInfo.InvariantCulture)} events", codes.Dequeue(), n, KeepSnapshot: true, Kind: kind)));
        var longest = options.Events.Max();
        var label = longest.ToString("N0", CultureInfo.InvariantCulture);
        var tail = ActivationOptions.IntervalOf(kind) - 1;
        subjects.Add(new Subject($"{label} events, {tail} after its snapshot", codes.Dequeue(), longest, KeepSnapshot: true, Tail: tail, Kind: kind));
        subjects.Add(new Subject($"{label} events, snapshot deleted", codes.Dequeue(), longest, KeepSnapshot: false, Kind: kind));
        return subjects;
    }
}
