using Marten;

namespace Recovery.Grains.People;

/// <summary>The municipality's directory as group grains write to it.</summary>
internal static class PersonDirectory
{
    /// <summary>
    /// The name to store for a person added to a group, or nothing when the directory knows them
    /// already: adding someone to a group must not rename them everywhere they appear.
    /// </summary>
    public static async Task<Action<IDocumentSession>?> EntryFor(IDocumentStore store, string tenant, string personId, string name)
    {
        await using var session = store.QuerySession(tenant);
        return await session.LoadAsync<PersonEntry>(personId) is null
            ? s => s.Store(new PersonEntry(personId, name.Trim()))
            : null;
    }
}
