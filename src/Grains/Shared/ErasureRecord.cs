namespace Recovery.Grains.Shared;

/// <summary>What was erased: a person's name from the directory, or a citizen's measures.</summary>
public enum ErasureKind
{
    Person,
    CitizenMeasures,
}

/// <summary>
/// The municipality's record that an erasure took place, stored in the same transaction as the erasure.
/// It never names whom: a person by their id only (the name is what was erased), a citizen not at all,
/// since their pseudonym is what the erasure unlinks.
/// </summary>
public sealed record ErasureRecord(Guid Id, ErasureKind Kind, string? PersonId, string ErasedBy, string ErasedByRole, DateTimeOffset At);
