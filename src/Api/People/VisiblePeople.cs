using Marten;
using Recovery.Grains.People;

namespace Recovery.Api.People;

/// <summary>
/// The people a group answer mentions, as one viewer may see them. Names stay inside the
/// municipality; outsiders (the national coordinator) see member positions instead of person ids,
/// since ids may be identity-provider subjects, which are personal data too.
/// </summary>
internal sealed record VisiblePeople(bool Insider, IReadOnlyDictionary<string, string> Names, string[] MemberIds)
{
    public string? NameOf(string? personId) => personId is not null && Names.TryGetValue(personId, out var name) ? name : null;

    public string? VisibleId(string? personId) =>
        Insider || personId is null ? personId
        : Array.IndexOf(MemberIds, personId) is var index and >= 0 ? $"skjult-{index + 1}"
        : "skjult";

    public static async Task<VisiblePeople> Load(
        IDocumentStore store, string municipality, Caller viewer, string[] memberIds, IEnumerable<string?> mentioned)
    {
        if (viewer.Municipality != municipality) return new(false, new Dictionary<string, string>(), memberIds);
        var ids = memberIds.Concat(mentioned.OfType<string>()).Distinct().ToArray();
        await using var session = store.QuerySession(municipality);
        var entries = await session.LoadManyAsync<PersonEntry>(ids);
        return new(true, entries.ToDictionary(e => e.Id, e => e.Name), memberIds);
    }
}
