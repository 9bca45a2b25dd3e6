namespace Recovery.Grains.People;

/// <summary>The municipality's directory of names (<c>657/people</c>): erasure on request goes through here, one at a time.</summary>
[Alias("recovery.people")]
public interface IPersonDirectoryGrain : ITenantGrain
{
    /// <summary>
    /// Replaces the person's name with an erased marker and records the erasure; true when erased now,
    /// false when the person was erased already.
    /// </summary>
    [Requires(Access.Govern), Alias("erase")]
    Task<bool> Erase(string personId);
}

public static class PersonDirectoryKeys
{
    public static string Grain(string municipality) => $"{municipality}/people";
}
