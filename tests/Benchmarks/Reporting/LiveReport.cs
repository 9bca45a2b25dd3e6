using System.Text;
using Recovery.Benchmarks.Live;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>The <c>live</c> suite's Markdown: the last follower's wait beside its floor from the same run, and the ratio.</summary>
public static class LiveReport
{
    /// <summary>The issue's "within a second": a report, not a pass/fail target.</summary>
    public const double WithinMs = 1000;

    public static string Render(IReadOnlyList<LiveResult> results, LiveOptions options)
    {
        var md = new StringBuilder();
        md.AppendLine($"Measured {RunFacts.Describe()}. PostgreSQL with fsync on. One writer (`herning-tovholder`, add/edit on 657), " +
                      "followers signed in as `herning-borger` following `steering:657`; times from sending the request to the last " +
                      $"follower's `changed` handler. {options.Repeats} runs per level, each on a fresh Silo and database, taking turns; samples pooled.")
          .AppendLine();
        md.AppendLine("| followers | rounds measured | notices lost (product / floor) | last follower p50 / p99 / mean (ms) | floor p50 / p99 / mean (ms) " +
                      "| p50 ÷ floor | p99 ÷ floor | per-follower p50: product / floor (ms) | p99 < 1 s |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in results)
        {
            var (last, floor) = (r[LiveStage.Last], r[LiveStage.FloorLast]);
            md.AppendLine($"| {r.Followers} | {r.Measured}{(r.Measured < r.Planned ? $" of {r.Planned} (cut short by --seconds)" : "")} " +
                          $"| {r.Lost} / {r.FloorLost} | {Triple(last)} | {Triple(floor)} | {Ratio(last.P50 / floor.P50)} | {Ratio(last.P99 / floor.P99)} " +
                          $"| {N(r[LiveStage.Each].P50)} / {N(r[LiveStage.FloorEach].P50)} | {(last.P99 < WithinMs ? "yes" : "**no**")} |");
        }
        return md.ToString();
    }
}
