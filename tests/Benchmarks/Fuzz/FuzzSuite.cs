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
        if (options.Show is { } show) return Show(options.Seed, show.Battery, show.Index);
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

    /// <summary>Prints one case as it was sent; the workshop and its item are placeholders for the run's own.</summary>
    private static int Show(int seed, string battery, int index)
    {
        var target = new FuzzTarget("657/workshop/w-RUN", ["i-RUN"]);
        var (kind, caller, text) = battery == "graphql"
            ? GraphQLFuzz.Case(seed, index) is var http ? (http.Kind, http.Caller, $"{http.Method} {http.Path} ({http.ContentType})\n{Printable(http.Body)}") : default
            : HubFuzz.Case(seed, index, target) is var hub ? (hub.Kind, hub.Caller, $"{hub.Path}{(hub.Handshake is { } h ? $" handshake: {Printable(h)}" : "")}\n{Printable(hub.Frames)}") : default;
        Console.WriteLine($"{kind}, {caller}: {text}");
        return 0;
    }

    private static string Printable(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes).Replace('\u001e', '␞');
        return text.Length > 2_000 ? $"{text[..1_000]} … ({bytes.Length} bytes) … {text[^500..]}" : text;
    }
}
