namespace Recovery.Grains.Shared;

/// <summary>
/// A stream's folded state at <see cref="Version"/>, stored beside the stream (same tenant, id =
/// stream key) so a long stream loads without folding from the first event. Only a cache: the
/// events stay the truth, and a snapshot of another <see cref="Shape"/> is ignored.
/// </summary>
public sealed record StreamSnapshot(string Id, long Version, string Shape, string State);
