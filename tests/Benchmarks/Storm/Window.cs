using System.Diagnostics;

namespace Recovery.Benchmarks.Storm;

/// <summary>One reading of every clock a window is measured with.</summary>
public sealed record Reading(long At, TimeSpan Ours, TimeSpan Machine, TimeSpan GcPause, int Collections)
{
    /// <summary>Every collection counts as generation 0 too, so that count is all of them.</summary>
    public static Reading Take(CpuTime cpu) =>
        new(Stopwatch.GetTimestamp(), cpu.Now(), CpuTime.Machine(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
}

/// <summary>
/// What a measured window took: wall time, CPU time (this process and PostgreSQL), CPU time other
/// processes took meanwhile, and time this process stood still for garbage collection.
/// </summary>
/// <param name="IdleCores">What the same side burnt with everyone connected and nobody typing (Orleans, Marten, PostgreSQL, spinning threads).</param>
public sealed record Window(TimeSpan Elapsed, TimeSpan Cpu, TimeSpan Others, TimeSpan GcPause, int Collections, double IdleCores)
{
    public static Window Between(Reading from, Reading to, double idleCores)
    {
        var (ours, machine) = (to.Ours - from.Ours, to.Machine - from.Machine);
        return new(Stopwatch.GetElapsedTime(from.At, to.At), ours, machine > ours ? machine - ours : TimeSpan.Zero,
            to.GcPause - from.GcPause, to.Collections - from.Collections, idleCores);
    }

    /// <summary>Cores' worth of CPU that others on the machine used during the window.</summary>
    public double OtherCores => Others / Elapsed;

    /// <summary>The CPU time typing added on top of idling.</summary>
    public TimeSpan TypingCpu => Cpu - Elapsed * IdleCores is var t && t > TimeSpan.Zero ? t : TimeSpan.Zero;
}
