using System.Diagnostics;

namespace Recovery.Benchmarks.Storm;

/// <summary>What the measured window took: wall time, CPU time (this process and PostgreSQL), and CPU time other processes took meanwhile.</summary>
public sealed record Window(TimeSpan Elapsed, TimeSpan Cpu, TimeSpan Others)
{
    /// <summary>Cores' worth of CPU that others on the machine used during the window.</summary>
    public double OtherCores => Others / Elapsed;
}

/// <summary>Everyone in one run's rooms: they type together through warm-up, the measured window and a short tail, then catch up.</summary>
public sealed class Crowd(IReadOnlyList<IReadOnlyList<Participant>> rooms, SentEdits sent) : IAsyncDisposable
{
    public IReadOnlyList<IReadOnlyList<Participant>> Rooms => rooms;

    public IEnumerable<Participant> Everyone => rooms.SelectMany(r => r);

    public async Task<Window> Type(StormLevel level, StormOptions options, CpuTime cpu)
    {
        using var stop = new CancellationTokenSource();
        var typing = Everyone.Select(p => Task.Run(() => p.TypeUntil(level.KeystrokesPerSecond, stop.Token))).ToArray();
        await Task.Delay(options.Warmup);
        var (cpuBefore, machineBefore) = (cpu.Now(), CpuTime.Machine());
        var start = Stopwatch.GetTimestamp();
        sent.Measure(start, options.Measure);
        await Task.Delay(options.Measure);
        var (ours, machine) = (cpu.Now() - cpuBefore, CpuTime.Machine() - machineBefore);
        var window = new Window(Stopwatch.GetElapsedTime(start), ours, machine > ours ? machine - ours : TimeSpan.Zero);
        await Task.Delay(StormOptions.Tail);
        await stop.CancelAsync();
        await Task.WhenAll(typing);
        return window;
    }

    /// <summary>Waits, fetching what is missing where a gap lasts, until every participant is <paramref name="done"/>.</summary>
    /// <returns>How many were not, when <see cref="StormOptions.SettleLimit"/> ran out.</returns>
    public async Task<int> Settle(Func<int, Participant, bool> done, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < StormOptions.SettleLimit)
        {
            var behind = rooms.SelectMany((room, r) => room.Where(p => !done(r, p))).ToArray();
            if (behind.Length == 0) return 0;
            foreach (var participant in behind) await participant.CatchUpIfStuck(ct);
            await Task.Delay(100, ct);
        }
        return rooms.Select((room, r) => room.Count(p => !done(r, p))).Sum();
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Everyone.Select(p => p.DisposeAsync().AsTask()));
    }
}
