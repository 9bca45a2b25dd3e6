using System.Text;
using Recovery.Benchmarks.Faults;
using Recovery.Testing.Faults;
using static Recovery.Benchmarks.Reporting.Format;

namespace Recovery.Benchmarks.Reporting;

/// <summary>The fault scenarios' table: one row per fault, counts summed over the runs, recovery pooled over every client of every run.</summary>
public static class FaultReport
{
    public static string Render(IReadOnlyList<FaultOutcome> outcomes, FaultOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine($"Målt {RunFacts.Describe()}. {options.Plan.Clients} klienter pr. kørsel, {N(options.Plan.Before.TotalSeconds, "0")} s " +
                        $"skrivning før fejlen, PostgreSQL nede {N(options.Plan.PostgresDown.TotalSeconds, "0")} s, fsync slået til.");
        text.AppendLine();
        text.AppendLine("| scenarie | kørsler | kvitterede ændringer | tabt | dobbelt | uenige klienter | \"gemt\", men mangler | andre afvisninger | ikke genoptaget | genoptaget p50 / p95 / maks (s) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var group in outcomes.GroupBy(o => o.Fault))
        {
            var runs = group.ToArray();
            var recovery = runs.SelectMany(r => r.Recovery).Order().ToArray();
            text.AppendLine($"| {Name(group.Key)} | {runs.Length} | {runs.Sum(r => r.Acked)} | {runs.Sum(r => r.Lost)} | {runs.Sum(r => r.Duplicated)} | " +
                            $"{runs.Sum(r => r.Divergent)} | {runs.Sum(r => r.ToldSavedButMissing)} | {runs.Sum(r => r.OtherRefusals)} | {runs.Sum(r => r.NotResumed)} | " +
                            $"{Seconds(recovery, 0.50)} / {Seconds(recovery, 0.95)} / {(recovery.Length > 0 ? N(recovery[^1]) : "–")} |");
        }
        var kills = outcomes.Where(o => o.Fault == Fault.SiloKill).ToArray();
        if (kills.Length > 0)
        {
            text.AppendLine();
            text.AppendLine($"Workshoppens grain boede på den dræbte silo i {kills.Count(k => k.HostKilled == true)} af {kills.Length} kørsler; " +
                            $"{kills.Sum(k => k.Reconnected)} klientforbindelser blev taget op igen på den anden silo.");
        }
        var restarts = outcomes.Where(o => o.Fault == Fault.PostgresRestart).ToArray();
        if (restarts.Length > 0)
        {
            text.AppendLine();
            text.AppendLine($"Under genstarten af PostgreSQL fik {restarts.Sum(r => r.ToldOffline)} af {restarts.Sum(r => r.Clients)} klienter " +
                            "at vide, at intet gemmes (`storage`), så de kunne vise det.");
        }
        var notes = outcomes.Where(o => !o.Clean).SelectMany(o => o.Notes.Select(n => $"{Name(o.Fault)}: {n}")).Take(12).ToArray();
        if (notes.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Eksempler på fund:");
            text.AppendLine();
            foreach (var note in notes) text.AppendLine($"- `{note}`");
        }
        return text.ToString();
    }

    private static string Name(Fault fault) => fault switch
    {
        Fault.SiloKill => "kill -9 af en silo",
        _ => "PostgreSQL genstartet",
    };

    private static string Seconds(double[] sorted, double quantile) =>
        sorted.Length == 0 ? "–" : N(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)]);
}
