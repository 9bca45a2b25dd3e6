using Marten;
using History = Recovery.Benchmarks.InProcess.SteeringGroupHistory;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Benchmarks.Activation;

/// <summary>
/// Gives a subject its years of history: the events go straight into Marten in batches (a grain
/// would take hours to append 100,000 events one command at a time), then one real command goes
/// through the grain, so the snapshot is the one the grain's own append stores, as in production.
/// </summary>
public static class StoredHistory
{
    private static readonly TimeSpan SavedWithin = TimeSpan.FromSeconds(30);

    /// <returns>The version of the subject's snapshot after set-up, or null when it has none.</returns>
    public static async Task<long?> Write(Subject subject, IDocumentStore store, IGrainFactory grains, int batchSize)
    {
        // The history's own tovholder, now of this municipality: a member of the group, so the plan is theirs to edit and the room theirs to run.
        new Caller(History.Actor.PersonId, subject.Municipality, Role.Tovholder).Enter();
        var (key, write) = subject.Kind == SubjectKind.Workshop
            ? (WorkshopKeys.Stream(subject.Municipality, ColdActivation.WorkshopId), WorkshopThrough(grains))
            : (SteeringGroupKeys.Stream(subject.Municipality), SteeringGroupThrough(grains));
        var history = subject.Kind == SubjectKind.Workshop
            ? WorkshopHistory.Of(subject.Events + subject.Tail).Select(s => new Stored(s.Event, s.Author, s.OpId)).ToArray()
            : History.Mixed(subject.Events + subject.Tail).Select(e => new Stored(e, null, null)).ToArray();
        await Append(subject, store, key, history[..subject.Events], batchSize, start: true);

        var version = await write(subject);
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

    private static Func<Subject, Task<long>> SteeringGroupThrough(IGrainFactory grains) => subject =>
        grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(subject.Municipality)).AddPlanItem(new AddPlanItem(
            $"i-bench-{subject.Municipality}-cold", 1, "Et punkt tilføjet efter mange år",
            "Tilføjet gennem grain'en, så dens egen append gemmer snapshottet.", null, null, PlanItemStatus.Planned));

    /// <summary>A status change by the facilitator: it leaves the texts as the history's later steps expect them.</summary>
    private static Func<Subject, Task<long>> WorkshopThrough(IGrainFactory grains) => async subject =>
    {
        var room = grains.GetGrain<IWorkshopGrain>(WorkshopKeys.Grain(subject.Municipality, ColdActivation.WorkshopId));
        var proposal = new Proposal("bench-cold", subject.Events, new ChangeField("i-bench-00", ItemFields.Status, "inProgress"));
        var revision = (await room.Submit(proposal)).Revision;
        // A proposal is answered once sequenced; the snapshot is written with its commit.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await room.CatchUp(revision, pending: false)).Saved < revision)
        {
            if (waited.Elapsed > SavedWithin) throw new TimeoutException($"{subject.Label}: step {revision} was not stored within {SavedWithin.TotalSeconds} s.");
            await Task.Delay(20);
        }
        return revision;
    };

    /// <summary>An event with the metadata a workshop's journal reads back: who made it and their op id (a steering group's history has neither).</summary>
    private sealed record Stored(object Event, string? Author, string? OpId);

    private static async Task Append(Subject subject, IDocumentStore store, string key, Stored[] events, int batchSize, bool start)
    {
        for (var from = 0; from < events.Length; from += batchSize)
        {
            // One session per batch, as the tenant: conjoined tenancy stores the municipality beside each event.
            await using var session = store.LightweightSession(subject.Municipality);
            var batch = events.Skip(from).Take(batchSize).ToArray();
            var data = batch.Select(e => e.Event).ToArray();
            var action = start && from == 0 ? session.Events.StartStream(key, data) : session.Events.Append(key, data);
            for (var i = 0; i < batch.Length; i++)
            {
                if (batch[i].Author is { } author) action.Events[i].UserName = author;
                if (batch[i].OpId is { } op) action.Events[i].SetHeader("op", op);
            }
            await session.SaveChangesAsync();
        }
    }
}
