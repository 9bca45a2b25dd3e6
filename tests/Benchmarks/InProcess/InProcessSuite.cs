using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Recovery.Benchmarks.Reporting;
using Recovery.Testing;

namespace Recovery.Benchmarks.InProcess;

/// <summary>
/// BenchmarkDotNet over the pure parts. ShortRun keeps the suite near two minutes on two cores; the
/// in-process toolchain skips generating and building a second project per benchmark, which on this
/// machine costs more than the measuring. The comparison is the Ratio column against each class's baseline.
/// </summary>
public static class InProcessSuite
{
    public static int Run(string[] args)
    {
        var (bdnArgs, output) = Split(args);
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(RepositoryRoot.Path, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(SteeringGroupBenchmarks), typeof(FreeTextBenchmarks)]).Run(bdnArgs, config).ToArray();
        if (summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success))) return 1;

        var log = new AccumulationLogger();
        log.WriteLine($"Measured {RunFacts.Describe()}.");
        log.WriteLine();
        foreach (var summary in summaries) MarkdownExporter.GitHub.ExportToLog(summary, log);
        Console.WriteLine(log.GetLog());
        if (output is not null) DocSection.Replace(output, "inprocess", log.GetLog());
        return 0;
    }

    /// <summary>Takes out --out; without a --filter BenchmarkDotNet would ask interactively, so all benchmarks run.</summary>
    private static (string[] BenchmarkDotNet, string? Out) Split(string[] args)
    {
        var rest = new List<string>();
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else rest.Add(args[i]);
        }
        if (!rest.Contains("--filter")) rest.AddRange(["--filter", "*"]);
        return ([.. rest], output);
    }
}
