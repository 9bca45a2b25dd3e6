using Marten;
using History = Recovery.Benchmarks.InProcess.SteeringGroupHistory;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Benchmarks.Activation;

/// <summary>
/// Gives a subject its years of history: the events go straight into Marten in batches (a grain
/// would take hours to append 100,000 events one command at a time), then one real command goes
/// through the grain, so the snapshot is the one the grain's own append stores, as in production.
/// </summary>
public static class StoredHistory
{
    /// <returns>The version of the subject's snapshot after set-up, or null when it has none.</returns>
    public static async Task<long?> Write(Subject subject, IDocumentStore store, IGrainFactory grains, int batchSize)
    {
        var key = SteeringGroupKeys.Stream(subject.Municipality);
        var history = History.Mixed(subject.Events + subject.Tail);
        await Append(subject, store, key, history[..subject.Events], batchSize, start: true);

        // The history's own tovholder, now of this municipality: a member of the group, so the plan is theirs to edit.
        new Caller(History.Actor.PersonId, subject.Municipality, Role.Tovholder).Enter();
        var group = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(subject.Municipality));
        var version = await group.AddPlanItem(new AddPlanItem($"i-bench-{subject.Municipality}-cold", 1, "Et punkt tilføjet efter mange år",
            "Tilføjet gennem grain'en, så dens egen append gemmer snapshottet.", null, null, PlanItemStatus.Planned));
        if (version != subject.Events + 1)
            throw new InvalidOperationException($"{subject.Label}: the command answered version {version}, expected {subject.Events + 1}.");

        if (!subject.KeepSnapshot)
        {
            await using var session = store.LightweightSession(subject.Municipality);
            session.Delete<StreamSnapshot>(key);
            await session.SaveChangesAsync();
        }
        // Past the grain, so no snapshot follows them: the most a load folds after a snapshot in production is one interval less one.
        await Append(subject, store, key, history[subject.Events..], batchSize, start: false);
        await using var query = store.QuerySession(subject.Municipality);
        return (await query.LoadAsync<StreamSnapshot>(key))?.Version;
    }

    private static async Task Append(Subject subject, IDocumentStore store, string key, SteeringGroupEvent[] events, int batchSize, bool start)
    {
        for (var from = 0; from < events.Length; from += batchSize)
        {
            // One session per batch, as the tenant: conjoined tenancy stores the municipality beside each event.
            await using var session = store.LightweightSession(subject.Municipality);
            var batch = events.Skip(from).Take(batchSize).Cast<object>().ToArray();
            if (start && from == 0) session.Events.StartStream(key, batch);
            else session.Events.Append(key, batch);
            await session.SaveChangesAsync();
        }
    }
}
