using Marten;
using Recovery.Grains.People;

namespace Recovery.Api.People;

/// <summary>Names of people in the municipality's directory; an erased person's entry reads "slettet person".</summary>
internal static class DirectoryNames
{
    public static async Task<IReadOnlyDictionary<string, string>> Load(IQuerySession session, IEnumerable<string> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToArray();
        if (distinct.Length == 0) return new Dictionary<string, string>();
        return (await session.LoadManyAsync<PersonEntry>(ct, distinct)).ToDictionary(p => p.Id, p => p.Name);
    }
}
