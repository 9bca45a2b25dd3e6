using System.Diagnostics;
using History = Recovery.Benchmarks.InProcess.SteeringGroupHistory;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Benchmarks.Activation;

/// <summary>
/// Opens a steering group or workshop as the first person to look at it after it left memory: the
/// clock runs around the first call (a group's <c>View()</c>, a room's <c>CatchUp</c> from where a
/// client left off), which waits for the activation and its load from PostgreSQL.
/// </summary>
public sealed class ColdActivation(IGrainFactory grains)
{
    public const string WorkshopId = "ws-bench";
    private static readonly TimeSpan GoneWithin = TimeSpan.FromSeconds(30);

    private readonly IManagementGrain management = grains.GetGrain<IManagementGrain>(0);

    public async Task<TimeSpan> Open(Subject subject)
    {
        var (grain, open) = subject.Kind == SubjectKind.Workshop ? Workshop(subject) : SteeringGroup(subject);
        await Deactivate(grain);
        new Caller(History.Actor.PersonId, subject.Municipality, Role.Tovholder).Enter();
        var start = Stopwatch.GetTimestamp();
        var version = await open();
        var elapsed = Stopwatch.GetElapsedTime(start);
        await Deactivate(grain);
        if (version != subject.Stored)
            throw new InvalidOperationException($"{subject.Label} opened at version {version}, expected {subject.Stored}.");
        return elapsed;
    }

    private (GrainReference, Func<Task<long>>) SteeringGroup(Subject subject)
    {
        var group = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(subject.Municipality));
        return ((GrainReference)group, async () => (await group.View()).Version);
    }

    /// <summary>A client up to date when the room left memory catches up: the answer says how far the room has stored.</summary>
    private (GrainReference, Func<Task<long>>) Workshop(Subject subject)
    {
        var room = grains.GetGrain<IWorkshopGrain>(WorkshopKeys.Grain(subject.Municipality, WorkshopId));
        return ((GrainReference)room, async () => (await room.CatchUp(subject.Stored, pending: false)).Saved);
    }

    /// <summary>
    /// Waits until the Silo's catalog no longer holds this grain (polled every 5 ms): a call that arrives
    /// while the old activation is still shutting down would be timed with its shutdown. Each grain is
    /// also put away right after it was timed, so at most one is in memory when the next one opens.
    /// </summary>
    private async Task Deactivate(GrainReference grain)
    {
        await management.DeactivateGrain(grain.GetGrainId());
        var waited = Stopwatch.StartNew();
        while (await management.GetGrainActivationCount(grain) > 0)
        {
            if (waited.Elapsed > GoneWithin) throw new TimeoutException($"{grain.GetPrimaryKeyString()} was still active after {GoneWithin.TotalSeconds} s.");
            await Task.Delay(5);
        }
    }
}
