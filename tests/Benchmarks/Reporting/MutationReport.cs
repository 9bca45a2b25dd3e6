using System.Text;
using Recovery.Benchmarks.Mutation;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>The <c>mutation</c> suite's Markdown: every number beside its floor from the same run, and the ratio.</summary>
public static class MutationReport
{
    public const double Target = 3.0;

    private static readonly Dictionary<Stage, string> Labels = new()
    {
        [Stage.Product] = "mutation (HTTP → GraphQL → grain → append)",
        [Stage.Query] = "GraphQL query, no grain (`prerequisites`)",
        [Stage.Grain] = "grain call in-process (decide → append), no HTTP/GraphQL",
        [Stage.BareHttp] = "floor part: bare HTTP POST, same bytes",
        [Stage.BareCommit] = "floor part: bare one-row commit",
        [Stage.Floor] = "floor (bare POST + bare commit)",
    };

    public static string Render(IReadOnlyList<LevelResult> results, MutationOptions options)
    {
        var md = new StringBuilder();
        md.AppendLine($"Measured {RunFacts.Describe()}. PostgreSQL with fsync on. " +
                      (options.Spread ? "Each client on a steering group of its own (`--spread`). " : "All clients on 657's steering group. ") +
                      $"{options.Repeats} runs per level, each on a fresh Silo and database, taking turns; samples pooled.")
          .AppendLine();
        md.AppendLine("| clients | mutations measured | mutation p50 / p99 / mean (ms) | floor p50 / p99 / mean (ms) | p50 ÷ floor | p99 ÷ floor | p99 ≤ 3× floor | mutations/s |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|:---:|---:|");
        foreach (var r in results)
        {
            var p99Ratio = r.Product.P99 / r.Floor.P99;
            md.AppendLine($"| {r.Clients} | {r.Product.Count}{(r.CutShort ? " (cut short by --seconds)" : "")} " +
                          $"| {Triple(r.Product)} | {Triple(r.Floor)} | {Ratio(r.Product.P50 / r.Floor.P50)} | {Ratio(p99Ratio)} " +
                          $"| {(p99Ratio <= Target ? "yes" : "**no**")} | {N(r.MutationsPerSecond, "0")} |");
        }
        if (!options.Parts) return md.ToString();

        md.AppendLine().AppendLine("| clients | stage | samples | p50 (ms) | p99 (ms) | mean (ms) | p50 ÷ floor | p99 ÷ floor |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var (stage, l) in r.Stages.OrderBy(s => Order(s.Key)))
            {
                md.AppendLine($"| {r.Clients} | {Labels[stage]} | {l.Count} | {N(l.P50)} | {N(l.P99)} | {N(l.Mean)} " +
                              $"| {Ratio(l.P50 / r.Floor.P50)} | {Ratio(l.P99 / r.Floor.P99)} |");
            }
        }
        return md.ToString();
    }

    private static int Order(Stage stage) => stage switch
    {
        Stage.Product => 0,
        Stage.Query => 1,
        Stage.Grain => 2,
        Stage.BareHttp => 3,
        Stage.BareCommit => 4,
        _ => 5,
    };
}
