using Marten;

namespace Recovery.Grains.People;

/// <summary>The municipality's directory as grains write to it.</summary>
internal static class PersonDirectory
{
    /// <summary>
    /// The name to store for a person added to a group, or nothing when the directory knows them
    /// already: adding someone to a group must not rename them everywhere they appear, nor name an
    /// erased person again.
    /// </summary>
    public static async Task<Action<IDocumentSession>?> EntryFor(IDocumentStore store, string tenant, string personId, string name)
    {
        await using var session = store.QuerySession(tenant);
        return await session.LoadAsync<PersonEntry>(personId) is null
            ? s => s.Store(new PersonEntry(personId, name.Trim()))
            : null;
    }

    /// <summary>The name a sign-in carries, which may rename a known person; an erased person stays erased.</summary>
    public static async Task<Action<IDocumentSession>?> NameFromSignIn(IDocumentStore store, string tenant, string personId, string name)
    {
        await using var session = store.QuerySession(tenant);
        return await session.LoadAsync<PersonEntry>(personId) is { Erased: true }
            ? null
            : s => s.Store(new PersonEntry(personId, name));
    }
}
