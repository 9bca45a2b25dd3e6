using System.Text;
using Recovery.Benchmarks.Activation;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>
/// The <c>activation</c> suite's Markdown: one table per kind of subject, each history's cold activation
/// beside the short history of its own kind from the same run.
/// </summary>
public static class ActivationReport
{
    /// <summary>From the issue: the longest history should open within this factor of the next longest (100,000 against 10,000 events).</summary>
    public const double Target = 1.2;

    public static string Render(IReadOnlyList<ActivationResult> results, ActivationOptions options)
    {
        var md = new StringBuilder();
        md.AppendLine($"Measured {RunFacts.Describe()}. PostgreSQL with fsync on. One Silo, no demo; each steering group and each workshop in a " +
                      $"municipality of its own, its history written to Marten in batches of {options.BatchSize:0} events, then one command through " +
                      $"the grain (a steering group's `AddPlanItem`, a workshop's status change), whose append stores the snapshot. A cold activation " +
                      $"is the first call after the grain was deactivated and gone (a group's `View()`, a room's `CatchUp` from its last revision); " +
                      $"{options.WarmupRounds} warm-up round(s), then {options.Rounds} rounds, each opening every subject of both kinds once in a rotating order.")
          .AppendLine();
        foreach (var kind in results.Select(r => r.Subject.Kind).Distinct())
            Table(md, kind == SubjectKind.Workshop ? "workshop" : "steering group", [.. results.Where(r => r.Subject.Kind == kind)]);
        return md.ToString();
    }

    private static void Table(StringBuilder md, string noun, IReadOnlyList<ActivationResult> results)
    {
        var floor = results.Single(r => r.Subject.IsFloor).Times;
        md.AppendLine($"| {noun} | events | snapshot at | events folded on load | activations | p50 / p95 / mean (ms) | p50 ÷ floor | p95 ÷ floor |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var events = r.Subject.Stored;
            md.AppendLine($"| {r.Subject.Label} | {events} | {r.SnapshotVersion?.ToString() ?? "none"} | {events - (r.SnapshotVersion ?? 0)} " +
                          $"| {r.Times.Count} | {N(r.Times.P50)} / {N(r.Times.P95)} / {N(r.Times.Mean)} " +
                          $"| {Ratio(r.Times.P50 / floor.P50)} | {Ratio(r.Times.P95 / floor.P95)} |");
        }

        var kept = results.Where(r => !r.Subject.IsFloor && r.Subject.KeepSnapshot && r.Subject.Tail == 0).OrderBy(r => r.Subject.Events).ToArray();
        md.AppendLine().AppendLine($"| {noun}: comparison | p50 | p95 | met |").AppendLine("|---|---:|---:|:---:|");
        if (kept.Length >= 2)
        {
            var (shorter, longer) = (kept[^2], kept[^1]);
            var p50 = longer.Times.P50 / shorter.Times.P50;
            md.AppendLine($"| {longer.Subject.Label} ÷ {shorter.Subject.Label} (target ≤ {N(Target, "0.0")}×) | {Ratio(p50)} " +
                          $"| {Ratio(longer.Times.P95 / shorter.Times.P95)} | {(p50 <= Target ? "yes" : "**no**")} (p50) |");
        }
        foreach (var other in results.Where(r => !r.Subject.KeepSnapshot || r.Subject.Tail > 0))
        {
            if (kept.LastOrDefault(r => r.Subject.Events == other.Subject.Events) is not { } same) continue;
            var what = other.Subject.KeepSnapshot ? "the most a snapshot leaves to fold" : "what the snapshot buys";
            md.AppendLine($"| {other.Subject.Label} ÷ {same.Subject.Label} just after its snapshot ({what}) | {Ratio(other.Times.P50 / same.Times.P50)} " +
                          $"| {Ratio(other.Times.P95 / same.Times.P95)} | |");
        }
        md.AppendLine();
    }
}
