using System.Text;
using Recovery.Benchmarks.Country;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.Storm;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>The <c>country</c> suite's Markdown: the whole country's workshops on two silos beside the bare room hub from the same run.</summary>
public static class CountryReport
{
    /// <summary>The issue's target: an edit on everyone's screen within 100 ms, 99 times in 100.</summary>
    public const double PropagationTargetMilliseconds = 100;

    private const double Megabyte = 1024 * 1024;

    public static string Render(IReadOnlyList<CountryResult> results, CountryOptions options, CountrySeeded seeding, IReadOnlyList<string> processes)
    {
        var model = results[0].Level.Typing;
        var typing = string.Join(" or ", options.TypingAtOnce.Select(t => N(t, "0.#")));
        var md = new StringBuilder();
        md.AppendLine($"Measured {RunFacts.Describe()}. {CountryOptions.Silos} Silo processes in one cluster (Redis membership), PostgreSQL with fsync on; " +
                      $"the cluster started and the country seeded ({seeding.GroupsPerMunicipality} groups per municipality) in {N(seeding.Elapsed.TotalSeconds, "0")} s, " +
                      $"{seeding.Failures} municipalities failed. Each room: {options.Participants} people, on average {typing} typing at once " +
                      $"(bursts of {TypingModel.ShortestBurst}–{TypingModel.LongestBurst} keystrokes at {N(TypingModel.SlowestRate, "0")}–{N(TypingModel.FastestRate, "0")}/s, " +
                      $"then reading until the next), about {N(model.KeystrokesPerSecondPerRoom / model.AtOnce, "0.0")} keystrokes/s per room for each typing at once. " +
                      $"{N(options.Warmup.TotalSeconds, "0")} s warm-up, {N(options.Measure.TotalSeconds, "0")} s measured; {options.Repeats} run(s) per level and side, " +
                      "floor and product taking turns. The product sends a step only once it is stored, so one's own step back (ack) is also \"saved\".")
          .AppendLine();

        md.AppendLine("| rooms × people, typing at once | connections | keystrokes/s typed: product / floor | propagation p50 / p99 / p99.9 (ms) | floor (ms) | p50, p99 ÷ floor " +
                      "| ack = saved p50 / p99 (ms) | floor ack p99 (ms) | typed → seen p99 (ms) | p99 < 100 ms |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in results.Where(r => r.Product.Measured && r.Floor.Measured))
        {
            var (p, f) = (r.Product, r.Floor);
            md.AppendLine($"| {r.Level.Shape} | {N(r.Level.Connections, "0")} | {N(p.TypedPerSecond, "0")} / {N(f.TypedPerSecond, "0")} " +
                          $"| {Spread(p[StormStage.Propagation])} | {Spread(f[StormStage.Propagation])} | {Ratio(r.PropagationP50Ratio)}, {Ratio(r.PropagationP99Ratio)} " +
                          $"| {N(p[StormStage.Ack].P50)} / {N(p[StormStage.Ack].P99)} | {N(f[StormStage.Ack].P99)} " +
                          $"| {N(p[StormStage.TypedToSeen].P99)} | {Met(p[StormStage.Propagation].P99 < PropagationTargetMilliseconds)} |");
        }

        md.AppendLine().AppendLine("| rooms × people, typing at once | keystrokes/s confirmed: product / floor | edits/s sequenced: product / floor | steps missed: product / floor " +
                                   "| refused | could not join: product / floor | not settled | divergences | stored = live | setup (s): product / floor |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|:---:|---:|");
        foreach (var r in results.Where(r => r.Product.Measured && r.Floor.Measured))
        {
            var (p, f) = (r.Product, r.Floor);
            md.AppendLine($"| {r.Level.Shape} | {N(p.KeystrokesPerSecond, "0")} / {N(f.KeystrokesPerSecond, "0")} | {N(p.EditsPerSecond, "0")} / {N(f.EditsPerSecond, "0")} " +
                          $"| {p.Missed} / {f.Missed} | {p.Refusals + f.Refusals} | {p.JoinFailures} / {f.JoinFailures} | {p.NotSettled + f.NotSettled} | {p.Divergences} " +
                          $"| {(p.StoredMismatches == 0 ? "yes" : $"**no ({p.StoredMismatches} rooms)**")} | {N(p.SetupSeconds, "0")} / {N(f.SetupSeconds, "0")} |");
        }

        md.AppendLine().AppendLine($"CPU in cores (of 2) per process, in the measured window and idle (everyone connected, nobody typing, 3 s after catching up). " +
                                   "*benchmark* is this process: every client, and the floor's hub when it runs. *others* is the rest of the machine.")
          .AppendLine();
        md.AppendLine($"| rooms × people, typing at once | side | {string.Join(" | ", processes)} | total | idle total | others | GC pauses, benchmark (% of window) |");
        md.AppendLine($"|---|---|{string.Concat(processes.Select(_ => "---:|"))}---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var (side, name) in new[] { (r.Product, "product"), (r.Floor, "floor") }.Where(s => s.Item1.Measured))
            {
                var cores = side.Cores(run => run.Window);
                md.AppendLine($"| {r.Level.Shape} | {name} | {string.Join(" | ", cores.Select(c => N(c)))} | {N(cores.Sum())} | {N(side.Cores(run => run.Idle).Sum())} " +
                              $"| {N(side.Others)} | {N(100 * side.GcPauseShare, "0.0")} |");
            }
        }

        md.AppendLine().AppendLine("Resident memory (VmRSS) of the two silos together, in MB, and what it says per workshop and per connection " +
                                   "(*before*: the country seeded, no room of this run open; *opened*: rooms open, nobody in; *connected*: everyone joined, nobody typing; " +
                                   "*typed*: right after the typing).")
          .AppendLine();
        md.AppendLine("| rooms × people, typing at once | before | opened | connected | typed | per open room, empty (KB) | per active workshop, connected − before (KB) " +
                      "| per connection, connected − before (KB) | per connection, connected − opened (KB) | clients' process per connection (KB) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results.Where(r => r.Product.Measured))
        {
            foreach (var run in r.Product.Runs)
            {
                var (m, level) = (run.Memory!, run.Level);
                var connections = level.Connections - run.JoinFailures;
                md.AppendLine($"| {level.Shape} | {Mb(m.Before)} | {Mb(m.Opened)} | {Mb(m.Connected)} | {Mb(m.Typed)} " +
                              $"| {Kb((m.Opened - m.Before) / (double)level.Rooms)} | {Kb((m.Connected - m.Before) / (double)level.Rooms)} " +
                              $"| {Kb((m.Connected - m.Before) / (double)connections)} | {Kb((m.Connected - m.Opened) / (double)connections)} " +
                              $"| {Kb((m.ClientsConnected - m.ClientsBefore) / (double)connections)} |");
            }
        }

        md.AppendLine().AppendLine("Propagation p99 per run (ms): " + string.Join("; ", results.Where(r => r.Product.Measured || r.Floor.Measured).Select(r =>
            $"{r.Level.Shape}: product {string.Join(", ", r.Product.Runs.Select(run => N(Latency.Of(run.Samples[StormStage.Propagation]).P99)))}, " +
            $"floor {string.Join(", ", r.Floor.Runs.Select(run => N(Latency.Of(run.Samples[StormStage.Propagation]).P99)))}")) + ".");

        foreach (var r in results.Where(r => r.Product.Failure is not null || r.Floor.Failure is not null))
            md.AppendLine().AppendLine($"**{r.Level.Shape} broke** ({r.Product.Failure ?? r.Floor.Failure}); larger levels were not tried.");
        foreach (var r in results.Where(r => !r.Product.Measured && !r.Floor.Measured && r.Product.Failure is null && r.Floor.Failure is null))
            md.AppendLine().AppendLine($"{r.Level.Shape}: not tried (fewer rooms at this typing broke).");
        return md.ToString();
    }

    private static string Spread(Latency l) => $"{N(l.P50)} / {N(l.P99)} / {N(l.P999)}";

    private static string Mb(long bytes) => N(bytes / Megabyte, "0");

    private static string Kb(double bytes) => N(bytes / 1024, "0");

    private static string Met(bool met) => met ? "yes" : "**no**";
}
