using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Demo.Country;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Reporting;
using Recovery.Testing;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// The national console over a seeded country against its floors. One Silo in demo mode on
/// PostgreSQL with fsync on; the country seeding (the demo's own code) gives every municipality
/// but Herning, which the demo seeds, its groups, so all 98 have joined. Then each round asks the
/// console, reads its rows bare and asks a no-op query, in an order that rotates from round to round.
/// </summary>
public static class ConsoleSuite
{
    public static async Task<int> Run(ConsoleOptions options)
    {
        Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
        var postgres = await PostgresServer.StartAsync(fast: false);
        System.Console.Error.WriteLine($"PostgreSQL (fsync on) in {postgres.Folder}, port {postgres.Port}.");
        try
        {
            await using var server = await RecoveryServer.StartAsync(demo: true, postgres);
            // Roskilde too: the demo leaves it for a visitor to join, the benchmark wants the whole country in.
            var codes = DemoCountry.AllCodes.Append("265").ToArray();
            var seeding = Stopwatch.StartNew();
            var failed = await server.Services.GetRequiredService<DemoCountry>().Seed(codes, options.Groups, CancellationToken.None);
            seeding.Stop();
            if (failed > 0) throw new InvalidOperationException($"{failed} municipalities could not be seeded; see the log.");
            var seeded = new SeedingResult(codes.Length, options.Groups, seeding.Elapsed, await EventCount(server));
            System.Console.Error.WriteLine($"Seeded {seeded.Municipalities} municipalities × {seeded.Groups} groups in {seeded.Elapsed.TotalSeconds:0.0} s ({seeded.Events} events in all).");
            if (options.SeedOnly)
            {
                System.Console.WriteLine(ConsoleReport.RenderSeeding(seeded));
                return 0;
            }

            using var client = new ConsoleClient(server.Http(await server.TokenFor("national")));
            await using var bare = BareRead.For(server);
            var samples = new Samples<ConsoleStage>();
            var marten = new MartenRead(server.Services.GetRequiredService<Recovery.Api.NationalProgress.ProgressBoard>());
            var shape = await Measure(options, client, bare, marten, samples);
            var report = ConsoleReport.Render(seeded, shape, samples, options);
            System.Console.WriteLine(report);
            if (options.Out is { } path) DocSection.Replace(path, ConsoleOptions.Section, report);
            return 0;
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<ConsoleShape> Measure(ConsoleOptions options, ConsoleClient client, BareRead bare, MartenRead marten, Samples<ConsoleStage> samples)
    {
        var (first, data) = await client.Query();
        var console = data.GetProperty("nationalConsole");
        var (rows, characters) = await bare.Read(CancellationToken.None);
        var shape = new ConsoleShape(console.GetProperty("participating").GetInt32(), console.GetProperty("municipalities").GetArrayLength(),
            rows, characters, first);
        System.Console.Error.WriteLine($"First console query: {first.TotalMilliseconds:0} ms, {shape.Participating} participating, " +
                                       $"{shape.Page} on the page; the bare read finds {rows} rows.");

        var limit = Stopwatch.StartNew();
        var stages = Enum.GetValues<ConsoleStage>().Where(s => options.Parts || s is not (ConsoleStage.MartenRead or ConsoleStage.CountsOnly)).ToArray();
        for (var round = 0; round < options.WarmupRounds + options.Rounds && limit.Elapsed.TotalSeconds < options.Seconds; round++)
        {
            for (var i = 0; i < stages.Length; i++)
            {
                var stage = stages[(round + i) % stages.Length];
                var elapsed = stage switch
                {
                    ConsoleStage.Console => (await client.Query()).Elapsed,
                    ConsoleStage.BareRead => await Timed(() => bare.Read(CancellationToken.None)),
                    ConsoleStage.MartenRead => await Timed(() => marten.Read(CancellationToken.None)),
                    ConsoleStage.CountsOnly => await client.Counts(),
                    _ => await client.Bare(),
                };
                if (round >= options.WarmupRounds) samples.Add(stage, elapsed);
            }
            if ((round + 1) % 50 == 0) System.Console.Error.WriteLine($"Round {round + 1} of {options.WarmupRounds + options.Rounds} done.");
        }
        return shape;
    }

    private static async Task<TimeSpan> Timed<T>(Func<Task<T>> read)
    {
        var start = Stopwatch.GetTimestamp();
        await read();
        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task<long> EventCount(RecoveryServer server)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM recovery.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>How long the country took to seed, and how much it stored.</summary>
public sealed record SeedingResult(int Municipalities, int Groups, TimeSpan Elapsed, long Events);

/// <summary>What the console and the floor read, so the report shows they read the same country.</summary>
public sealed record ConsoleShape(int Participating, int Page, int Rows, long Characters, TimeSpan First);
