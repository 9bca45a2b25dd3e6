namespace Recovery.Benchmarks.Reporting;

/// <summary>
/// Replaces the text between <c>&lt;!-- bench:NAME begin --&gt;</c> and <c>&lt;!-- bench:NAME end --&gt;</c>
/// in a Markdown file, so a rerun replaces its own table and leaves the prose around it alone.
/// </summary>
public static class DocSection
{
    public static void Replace(string path, string name, string content)
    {
        var (begin, end) = ($"<!-- bench:{name} begin -->", $"<!-- bench:{name} end -->");
        var text = File.ReadAllText(path);
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
            throw new InvalidOperationException($"{path} has no section marked {begin} … {end}.");
        var updated = text[..(from + begin.Length)] + "\n" + content.Trim() + "\n" + text[to..];
        File.WriteAllText(path, updated);
        Console.Error.WriteLine($"Updated the {name} section of {path}.");
    }
}
