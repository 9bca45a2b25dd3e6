using System.Globalization;
using System.Text;

namespace Recovery.Testing.Fuzzing;

/// <summary>How many cases ended how, per battery, and whether the server came through unharmed.</summary>
public sealed record FuzzReport(
    FuzzPlan Plan,
    IReadOnlyDictionary<string, int> GraphQL,
    IReadOnlyDictionary<string, int> Hub,
    TimeSpan GraphQLTime,
    TimeSpan HubTime,
    IReadOnlyList<string> ServerErrors,
    long ErrorLogLines,
    IReadOnlyCollection<string> ErrorLogSample,
    IReadOnlyList<string> StateChanges,
    IReadOnlyList<string> AfterProblems,
    long Events)
{
    public bool Clean => ServerErrors.Count == 0 && ErrorLogLines == 0 && StateChanges.Count == 0 && AfterProblems.Count == 0;

    /// <summary>What went wrong, with the seed and case numbers to replay it; empty when clean.</summary>
    public string Problems()
    {
        var text = new StringBuilder();
        foreach (var error in ServerErrors.Take(20)) text.AppendLine($"serverfejl: {error}");
        if (ErrorLogLines > 0) text.AppendLine($"{ErrorLogLines} linjer på niveau Error i serverens log, fx: {string.Join(" || ", ErrorLogSample)}");
        foreach (var change in StateChanges) text.AppendLine($"ændret: {change}");
        foreach (var problem in AfterProblems) text.AppendLine($"efter kørslen: {problem}");
        if (text.Length > 0) text.Insert(0, $"Frø {Plan.Seed} (gentag med --seed {Plan.Seed} --graphql {Plan.GraphQLCases} --hub {Plan.HubCases}):\n");
        return text.ToString();
    }

    public string Render()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.GetCultureInfo("da-DK");
        text.AppendLine(CultureInfo.InvariantCulture, $"Frø {Plan.Seed}, {Plan.Workers} samtidige afsendere pr. batteri, mod én Silo med demodata ({Events.ToString("N0", culture)} hændelser).");
        text.AppendLine();
        Table(text, $"GraphQL over HTTP: {Plan.GraphQLCases.ToString("N0", culture)} forespørgsler på {GraphQLTime.TotalSeconds.ToString("N0", culture)} s", "svar (status og kode)", GraphQL, culture);
        Table(text, $"SignalR: {Plan.HubCases.ToString("N0", culture)} rammer og operationer på {HubTime.TotalSeconds.ToString("N0", culture)} s", "udfald", Hub, culture);
        text.AppendLine(CultureInfo.InvariantCulture, $"- Serverfejl (HTTP 5xx, GraphQL `INTERNAL`, hub-fejl ingen oversatte, intet svar): **{ServerErrors.Count}**");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Linjer på niveau Error i serverens log: **{ErrorLogLines}**");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Ændrede tabeller (antal rækker og hash over alle rækker i hændelser, strømme og dokumenter): **{StateChanges.Count}**");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Bagefter: `/health` svarer 200, styregruppens side hentes, og en deltager kommer ind i workshoppen: **{(AfterProblems.Count == 0 ? "ja" : "nej: " + string.Join("; ", AfterProblems))}**");
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, string heading, IReadOnlyDictionary<string, int> counts, CultureInfo culture)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"**{title}**");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {heading} | antal |");
        text.AppendLine("|---|---:|");
        foreach (var (label, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label.Replace("|", "\\|", StringComparison.Ordinal)} | {count.ToString("N0", culture)} |");
        text.AppendLine();
    }
}
