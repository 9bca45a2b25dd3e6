using System.Text;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.NationalConsole;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>The <c>console</c> suite's Markdown: the console query beside its two floors from the same rounds, and the ratio.</summary>
public static class ConsoleReport
{
    /// <summary>From the issue: p99 of the console within this factor of the bare read plus the bare GraphQL round trip.</summary>
    public const double Target = 3;

    public static string RenderSeeding(SeedingResult seeded) =>
        $"Measured {RunFacts.Describe()}. PostgreSQL with fsync on. Seeded {seeded.Municipalities} municipalities × {seeded.Groups} groups " +
        $"through the grains ({DemoParallel} at a time) in {N(seeded.Elapsed.TotalSeconds, "0.0")} s; {seeded.Events} events stored in all, demo included.";

    private static int DemoParallel => Recovery.Api.Demo.Country.DemoCountry.AtOnce;

    public static string Render(SeedingResult seeded, ConsoleShape shape, Samples<ConsoleStage> samples, ConsoleOptions options)
    {
        var (console, read, noOp) = (Latency.Of(samples.Of(ConsoleStage.Console)), Latency.Of(samples.Of(ConsoleStage.BareRead)),
            Latency.Of(samples.Of(ConsoleStage.BareGraphQL)));
        var md = new StringBuilder();
        md.AppendLine(RenderSeeding(seeded) + $" The console answered with {shape.Participating} participating and {shape.Page} on its first page; " +
                      $"the bare read returns {shape.Rows} rows ({shape.Characters / 1024} KiB of JSON). " +
                      $"{options.WarmupRounds} warm-up rounds, then {console.Count} rounds, each running {(options.Parts ? "the five" : "the three")} in a rotating order, one at a time.")
          .AppendLine();
        md.AppendLine("| what | samples | p50 / p99 / mean (ms) |").AppendLine("|---|---:|---:|");
        md.AppendLine($"| (a) `nationalConsole(first: 100)`, the page's fields (all but each row's `groups` and `temperatureRounds`), as the national coordinator over HTTP | {console.Count} | {Triple(console)} |");
        md.AppendLine($"| (b) bare SQL: `data` of {string.Join(", ", BareRead.Tables.Select(t => $"`{t}`"))} in one batch | {read.Count} | {Triple(read)} |");
        md.AppendLine($"| (c) `{{ __typename }}` over the same HTTP client | {noOp.Count} | {Triple(noOp)} |");
        if (options.Parts)
        {
            var marten = Latency.Of(samples.Of(ConsoleStage.MartenRead));
            md.AppendLine($"| part: the console's three Marten queries in process (`AnyTenant()`, deserialised, nothing built) | {marten.Count} | {Triple(marten)} |");
            var counts = Latency.Of(samples.Of(ConsoleStage.CountsOnly));
            md.AppendLine($"| part: `{ConsoleQuery.CountsOnly}` over HTTP (rows, regions and trend computed, no row written out) | {counts.Count} | {Triple(counts)} |");
        }
        var p99 = console.P99 / (read.P99 + noOp.P99);
        md.AppendLine().AppendLine("| ratio | measured | target | met |").AppendLine("|---|---:|---:|:---:|");
        md.AppendLine($"| p99(a) ÷ (p99(b) + p99(c)) | {Ratio(p99)} | ≤ {N(Target, "0")}× | {(p99 <= Target ? "yes" : "**no**")} |");
        md.AppendLine($"| p50(a) ÷ (p50(b) + p50(c)) | {Ratio(console.P50 / (read.P50 + noOp.P50))} | | |");
        return md.ToString();
    }
}
