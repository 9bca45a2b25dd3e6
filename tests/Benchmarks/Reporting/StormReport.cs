using System.Text;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Storm;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>The <c>storm</c> suite's Markdown: latencies, throughput and correctness beside the bare room hub's from the same run.</summary>
public static class StormReport
{
    /// <summary>At a typical load, an edit should reach the others at most twice as late (p99) as the bare hub manages.</summary>
    public const double PropagationTarget = 2.0;

    /// <summary>In the storm, the product should confirm at least half the typing the bare hub carries.</summary>
    public const double ThroughputTarget = 0.5;

    public static string Render(IReadOnlyList<StormResult> results, StormOptions options)
    {
        var md = new StringBuilder();
        md.AppendLine($"Measured {RunFacts.Describe()}. PostgreSQL with fsync on. Each participant types one character " +
                      "(insert or delete) at a time into the description of its room's one plan item. Product: guests on `/hubs/workshop`; " +
                      $"floor: the same clients on a bare hub that numbers and rebroadcasts. {N(options.Warmup.TotalSeconds, "0")} s warm-up, " +
                      $"{N(options.Measure.TotalSeconds, "0")} s measured per run; {options.Repeats} run(s) per level and side, product on a fresh " +
                      "Silo and database each time, product and floor taking turns; samples pooled.")
          .AppendLine();

        md.AppendLine("| level | rooms × people × keystrokes/s | propagation p50 / p99 / p99.9 (ms) | floor (ms) | p99 ÷ floor " +
                      "| ack p50 / p99 / p99.9 (ms) | floor ack (ms) | saved p50 / p99 / p99.9 (ms) | typed → seen p99: product / floor (ms) | propagation samples |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var (p, f) = (r.Product, r.Floor);
            md.AppendLine($"| {r.Level.Name} | {Shape(r.Level)} | {Spread(p[StormStage.Propagation])} | {Spread(f[StormStage.Propagation])} " +
                          $"| {Ratio(r.PropagationP99Ratio)} | {Spread(p[StormStage.Ack])} | {Spread(f[StormStage.Ack])} | {Spread(p[StormStage.Saved])} " +
                          $"| {N(p[StormStage.TypedToSeen].P99)} / {N(f[StormStage.TypedToSeen].P99)} " +
                          $"| {p[StormStage.Propagation].Count} / {f[StormStage.Propagation].Count} |");
        }

        md.AppendLine().AppendLine("| level | keystrokes/s offered | keystrokes/s confirmed: product / floor | ÷ floor | edits/s sequenced: product / floor " +
                                   "| steps missed: product / floor | refused | not settled | divergences | stored = live |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in results)
        {
            var (p, f) = (r.Product, r.Floor);
            md.AppendLine($"| {r.Level.Name} | {r.Level.Offered} | {N(p.KeystrokesPerSecond, "0")} / {N(f.KeystrokesPerSecond, "0")} | {Ratio(r.ThroughputRatio)} " +
                          $"| {N(p.EditsPerSecond, "0")} / {N(f.EditsPerSecond, "0")} | {p.Missed} / {f.Missed} | {p.Refusals + f.Refusals} " +
                          $"| {p.NotSettled + f.NotSettled} | {p.Divergences} | {(p.StoredMismatches == 0 ? "yes" : $"**no ({p.StoredMismatches} rooms)**")} |");
        }

        md.AppendLine().AppendLine("| level | side | CPU per edit (µs) | ÷ floor | idle (cores) | CPU per edit above idle (µs) | ÷ floor | GC pauses (% of window) | others' CPU (cores) |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var (side, name) in new[] { (r.Product, "product"), (r.Floor, "floor") })
            {
                md.AppendLine($"| {r.Level.Name} | {name} | {N(side.CpuMicrosecondsPerEdit, "0")} | {Ratio(side.CpuMicrosecondsPerEdit / r.Floor.CpuMicrosecondsPerEdit)} " +
                              $"| {N(side.IdleCores)} | {N(side.TypingCpuMicrosecondsPerEdit, "0")} | {Ratio(side.TypingCpuMicrosecondsPerEdit / r.Floor.TypingCpuMicrosecondsPerEdit)} " +
                              $"| {N(100 * side.GcPauseShare, "0.0")} | {N(side.OtherCores)} |");
            }
        }

        md.AppendLine().AppendLine("Propagation p99 per run (ms): " + string.Join("; ", results.Select(r =>
            $"{r.Level.Name}: product {string.Join(", ", r.Product.PropagationP99ByRun.Select(v => N(v)))}, floor {string.Join(", ", r.Floor.PropagationP99ByRun.Select(v => N(v)))}")) + ".");

        md.AppendLine().AppendLine("| target | level | measured | met |").AppendLine("|---|---|---:|:---:|");
        foreach (var r in results)
        {
            if (r.Level == StormLevel.Typical)
                md.AppendLine($"| propagation p99 ≤ {N(PropagationTarget, "0")}× floor | {r.Level.Name} | {Ratio(r.PropagationP99Ratio)} | {Met(r.PropagationP99Ratio <= PropagationTarget)} |");
            if (r.Level == StormLevel.Storm)
                md.AppendLine($"| keystrokes confirmed ≥ {N(ThroughputTarget, "0.0")}× floor | {r.Level.Name} | {Ratio(r.ThroughputRatio)} | {Met(r.ThroughputRatio >= ThroughputTarget)} |");
            md.AppendLine($"| divergences = 0 | {r.Level.Name} | {r.Product.Divergences} | {Met(r.Product.Divergences == 0 && r.Product.NotSettled == 0)} |");
        }
        return md.ToString();
    }

    private static string Shape(StormLevel level) => $"{level.Workshops} × {level.Participants} × {level.KeystrokesPerSecond}";

    private static string Spread(Latency l) => $"{N(l.P50)} / {N(l.P99)} / {N(l.P999)}";

    private static string Met(bool met) => met ? "yes" : "**no**";
}
