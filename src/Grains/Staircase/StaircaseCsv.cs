using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Recovery.Grains.Staircase;

/// <summary>A line of an imported file that was not accepted, and why, in Danish. Line 0 is the file as a whole.</summary>
[GenerateSerializer, Immutable, Alias("staircase.csv-rejection")]
public sealed record CsvRejection([property: Id(0)] int Line, [property: Id(1)] string Reason);

/// <summary>What a file said: its rows, or why it cannot be stored (the first rejections, and how many there were).</summary>
public sealed record StaircaseCsvResult(ImmutableArray<StepCountRow> Rows, ImmutableArray<CsvRejection> Rejected, int RejectedCount)
{
    public bool Accepted => RejectedCount == 0;
}

/// <summary>
/// Reads counts per quarter and step from a CSV file: UTF-8 (a byte order mark is fine), the
/// header <c>kvartal;trin;antal</c>, then one line per quarter and step. The step may be given by
/// id or by name. A comma works as separator too, when the header uses it. Pure: the same bytes and
/// steps always give the same answer, and nothing is stored unless every line is accepted.
/// </summary>
public static class StaircaseCsv
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxRejectionsShown = 100;
    private static readonly string[] Header = ["kvartal", "trin", "antal"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static StaircaseCsvResult Parse(ReadOnlySpan<byte> content, IReadOnlyList<StaircaseStep> steps)
    {
        if (content.Length > MaxBytes) return Refused($"Filen er for stor: højst {MaxBytes / 1024} KB.");
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Refused("Filen er ikke gemt som UTF-8. Gem den som \"CSV UTF-8\" og prøv igen.");
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            return Refused("Filen ser ikke ud til at være en CSV-tekstfil.");
        return ParseLines(text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray(), steps);
    }

    private static StaircaseCsvResult ParseLines(string[] lines, IReadOnlyList<StaircaseStep> steps)
    {
        var separator = lines[0].Contains(';') ? ';' : ',';
        if (Split(lines[0], separator) is not { } header || !header.Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
            return Refused("Forkerte kolonner: første linje skal være kvartal;trin;antal.", line: 1);
        var data = Enumerable.Range(1, lines.Length - 1).Where(i => lines[i].Any(c => !char.IsWhiteSpace(c) && c != separator)).ToArray();
        if (data.Length == 0) return Refused("Filen har ingen rækker med tal.");
        if (data.Length > StaircaseFigures.MaxImportRows) return Refused($"Filen har {data.Length} rækker; højst {StaircaseFigures.MaxImportRows} ad gangen.");

        var rows = ImmutableArray.CreateBuilder<StepCountRow>(data.Length);
        var rejected = new List<CsvRejection>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var index in data)
        {
            var line = index + 1;
            var reason = Row(lines[index], separator, steps, out var row);
            if (reason is null && seen.TryGetValue((row!.Quarter, row.StepId), out var earlier))
                reason = $"Kvartal {row.Quarter} og trinnet står også i linje {earlier}.";
            if (reason is not null)
            {
                rejected.Add(new(line, reason));
                continue;
            }
            seen[(row!.Quarter, row.StepId)] = line;
            rows.Add(row);
        }
        return rejected.Count == 0
            ? new(rows.MoveToImmutable(), [], 0)
            : new([], [.. rejected.Take(MaxRejectionsShown)], rejected.Count);
    }

    private static string? Row(string text, char separator, IReadOnlyList<StaircaseStep> steps, out StepCountRow? row)
    {
        row = null;
        if (Split(text, separator) is not { } fields) return "Et anførselstegn er ikke lukket.";
        if (fields.Count != 3) return $"Linjen skal have 3 felter (kvartal{separator}trin{separator}antal), men har {fields.Count}.";
        var (quarterText, stepText, countText) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim());
        if (!Quarter.TryParse(quarterText, out var quarter)) return $"Ugyldigt kvartal '{Quarter.Shorten(quarterText)}': skriv fx 2026K3.";
        var step = steps.FirstOrDefault(s => string.Equals(s.Id, stepText, StringComparison.OrdinalIgnoreCase))
                   ?? steps.FirstOrDefault(s => string.Equals(s.Name, stepText, StringComparison.OrdinalIgnoreCase));
        if (step is null) return $"Ukendt trin '{Quarter.Shorten(stepText)}': brug trinnets navn eller id fra indsatstrappen.";
        if (countText.StartsWith('-')) return "Antal kan ikke være negativt.";
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > StaircaseFigures.MaxCount)
            return $"Antal '{Quarter.Shorten(countText)}' er ikke et helt tal fra 0 til {StaircaseFigures.MaxCountText} (skriv uden punktum).";
        row = new(quarter, step.Id, count);
        return null;
    }

    /// <summary>Fields split at the separator; a field in double quotes may hold the separator, and "" is a quote. Null if a quote is left open.</summary>
    private static List<string>? Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"' && (quoted || string.IsNullOrWhiteSpace(field.ToString())))
            {
                quoted = !quoted;
                if (quoted) field.Clear();
            }
            else if (c == separator && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        if (quoted) return null;
        fields.Add(field.ToString());
        return fields;
    }

    private static StaircaseCsvResult Refused(string reason, int line = 0) => new([], [new(line, reason)], 1);
}
