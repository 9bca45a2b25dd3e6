namespace Recovery.Grains.People;

/// <summary>
/// A person's display name in their municipality's directory. Events name people only by
/// <see cref="Id"/>, so erasing this one document erases the name from every plan and log.
/// An erased person keeps an entry without their name (<see cref="Erased"/>), so adding the same id
/// to a group again, or a later sign-in, cannot bring the old name back.
/// </summary>
public sealed record PersonEntry(string Id, string Name, bool Erased = false)
{
    /// <summary>What every reader shows in place of an erased person's name.</summary>
    public const string ErasedName = "slettet person";

    public static PersonEntry ErasedFor(string id) => new(id, ErasedName, Erased: true);
}
