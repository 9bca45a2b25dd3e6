namespace Recovery.Grains.People;

/// <summary>
/// A person's display name in their municipality's directory. Events name people only by
/// <see cref="Id"/>, so erasing this one document erases the name from every plan and log.
/// </summary>
public sealed record PersonEntry(string Id, string Name);
