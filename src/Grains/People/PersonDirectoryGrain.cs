using Marten;
using Microsoft.Extensions.Logging;

namespace Recovery.Grains.People;

/// <summary>
/// Not reentrant, so two erasures of one municipality never interleave. Holds no state: the
/// directory's documents are the truth, read afresh on each call.
/// </summary>
internal sealed partial class PersonDirectoryGrain(IDocumentStore store, TimeProvider clock, ILogger<PersonDirectoryGrain> logger)
    : Grain, IPersonDirectoryGrain
{
    private string Municipality => TenantKeys.Tenant(this.GetPrimaryKeyString());

    public async Task<bool> Erase(string personId)
    {
        Identifier.Valid(personId);
        var caller = Caller.Current!;
        await using var session = store.LightweightSession(Municipality);
        var entry = await session.LoadAsync<PersonEntry>(personId)
            ?? throw RuleViolation.NotFound("Personen findes ikke i kommunens katalog.");
        if (entry.Erased) return false;
        session.Store(PersonEntry.ErasedFor(personId));
        session.Store(new ErasureRecord(Guid.NewGuid(), ErasureKind.Person, personId, caller.PersonId, caller.Role.ToClaim(), clock.GetUtcNow()));
        await session.SaveChangesAsync();
        LogErased(logger, Municipality);
        return true;
    }

    [LoggerMessage(LogLevel.Information, "A person was erased from the directory of municipality {Municipality}")]
    private static partial void LogErased(ILogger logger, string municipality);
}
