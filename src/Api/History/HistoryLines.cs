using System.Text.RegularExpressions;
using Marten;
using Recovery.Grains.People;

namespace Recovery.Api.History;

/// <summary>A history entry as a person reads it: "Mette (tovholder) ændrede status fra Planlagt til I gang, 12. marts 2026".</summary>
internal sealed record HistoryLine(long Version, DateTimeOffset At, string? ItemId, string ActorName, string ActorRole, string Text, string Sentence);

/// <summary>
/// Turns any slice's narrated entries into lines: names from the municipality's directory (an
/// erased person reads "slettet person"), versions as the Danish date they were written.
/// </summary>
internal static partial class HistoryLines
{
    public const string DeletedPerson = PersonEntry.ErasedName;

    /// <param name="all">The whole stream's told entries: a restore names a version that may not be among those shown.</param>
    public static async Task<IReadOnlyList<HistoryLine>> Compose(
        IDocumentStore store, string tenant, IReadOnlyList<HistoryEntry> all, IEnumerable<HistoryEntry> shown, CancellationToken ct)
    {
        var entries = shown.ToArray();
        var ids = entries.Select(e => e.ActorId)
            .Concat(entries.SelectMany(e => Token().Matches(e.Text)).Where(m => m.Groups["kind"].Value == "person").Select(m => m.Groups["value"].Value))
            .Where(id => id.Length > 0).Distinct().ToArray();
        await using var session = store.QuerySession(tenant);
        var names = (await session.LoadManyAsync<PersonEntry>(ct, ids)).ToDictionary(p => p.Id, p => p.Name);
        return entries.Select(e => Line(e, names, all)).ToArray();
    }

    private static HistoryLine Line(HistoryEntry e, Dictionary<string, string> names, IReadOnlyList<HistoryEntry> all)
    {
        var actor = names.GetValueOrDefault(e.ActorId, DeletedPerson);
        var role = RoleNames.FromClaim(e.ActorRole)?.Danish() ?? "";
        var text = Fill(e.Text, names, all);
        var who = role.Length == 0 ? actor : $"{actor} ({role.ToLower(DanishTime.Culture)})";
        return new HistoryLine(e.Version, e.At, e.ItemId, actor, role, text, $"{who} {text}, {DanishTime.Date(e.At)}");
    }

    /// <remarks>
    /// A version may belong to an untold event (a mark); it was stored in the same commit as the told
    /// one before it, so that one's time is its time.
    /// </remarks>
    private static string Fill(string text, Dictionary<string, string> names, IReadOnlyList<HistoryEntry> all) =>
        Token().Replace(text, m => m.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ when m.Groups["kind"].Value == "person" => names.GetValueOrDefault(m.Groups["value"].Value, DeletedPerson),
            _ => long.TryParse(m.Groups["value"].Value, out var version) && all.LastOrDefault(e => e.Version <= version) is { } written
                ? DanishTime.Date(written.At)
                : "en tidligere version",
        });

    /// <summary>The tokens of <see cref="Narration"/>: doubled braces, <c>{person:id}</c>, <c>{version:n}</c>.</summary>
    [GeneratedRegex(@"\{\{|\}\}|\{(?<kind>person|version):(?<value>[^{}]*)\}")]
    private static partial Regex Token();
}
