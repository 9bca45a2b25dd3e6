using System.Diagnostics;
using History = Recovery.Benchmarks.InProcess.SteeringGroupHistory;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Benchmarks.Activation;

/// <summary>
/// Opens a steering group as the first person to look at it after it left memory: the clock runs
/// around the first <c>View()</c>, which waits for the activation and its load from PostgreSQL.
/// </summary>
public sealed class ColdActivation(IGrainFactory grains)
{
    private static readonly TimeSpan GoneWithin = TimeSpan.FromSeconds(30);

    private readonly IManagementGrain management = grains.GetGrain<IManagementGrain>(0);

    public async Task<TimeSpan> Open(Subject subject)
    {
        var group = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(subject.Municipality));
        await Deactivate(group);
        new Caller(History.Actor.PersonId, subject.Municipality, Role.Tovholder).Enter();
        var start = Stopwatch.GetTimestamp();
        var view = await group.View();
        var elapsed = Stopwatch.GetElapsedTime(start);
        await Deactivate(group);
        if (view.Version != subject.Stored)
            throw new InvalidOperationException($"{subject.Label} opened at version {view.Version}, expected {subject.Stored}.");
        return elapsed;
    }

    /// <summary>
    /// Waits until the Silo's catalog no longer holds this group (polled every 5 ms): a call that arrives
    /// while the old activation is still shutting down would be timed with its shutdown. Each group is
    /// also put away right after it was timed, so at most one is in memory when the next one opens.
    /// </summary>
    private async Task Deactivate(ISteeringGroupGrain group)
    {
        await management.DeactivateGrain(group.GetGrainId());
        var waited = Stopwatch.StartNew();
        while (await management.GetGrainActivationCount((GrainReference)group) > 0)
        {
            if (waited.Elapsed > GoneWithin) throw new TimeoutException($"{group.GetPrimaryKeyString()} was still active after {GoneWithin.TotalSeconds} s.");
            await Task.Delay(5);
        }
    }
}
