using Marten;
using Recovery.Grains.People;

namespace Recovery.Api.Exports;

/// <summary>Display names from the municipality's directory; a person whose entry was erased is written as an empty cell.</summary>
internal sealed class PersonNames(IReadOnlyDictionary<string, string> names)
{
    public string Of(string? personId) => personId is not null && names.TryGetValue(personId, out var name) ? name : "";

    public static async Task<PersonNames> Load(IDocumentStore store, string municipality, IEnumerable<string?> personIds, CancellationToken ct)
    {
        var ids = personIds.OfType<string>().Distinct().ToArray();
        await using var session = store.QuerySession(municipality);
        var entries = await session.LoadManyAsync<PersonEntry>(ct, ids);
        return new PersonNames(entries.ToDictionary(e => e.Id, e => e.Name));
    }
}
