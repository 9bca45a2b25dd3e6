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

    /// <summary>
    /// The name a sign-in carries, which may rename a known person; an erased person stays erased, also
    /// when the erasure commits between this read and the sign-in's write: the rename names the revision
    /// after the one read, and an erasure has taken that revision already.
    /// </summary>
    public static async Task<Action<IDocumentSession>?> NameFromSignIn(IDocumentStore store, string tenant, string personId, string name)
    {
        await using var session = store.QuerySession(tenant);
        var known = await session.LoadAsync<PersonEntry>(personId);
        // Nobody can erase an entry that is not there yet, and one commit may carry several ticks by the same new person.
        if (known is null) return s => s.Store(new PersonEntry(personId, name));
        if (known.Erased) return null;
        var revision = (await session.MetadataForAsync(known))!.CurrentRevision;
        return s => s.TryUpdateRevision(new PersonEntry(personId, name), revision + 1);
    }
}
