using System.Diagnostics;

namespace Recovery.Benchmarks.Storm;

/// <summary>Everyone in one run's rooms: they type together through warm-up, the measured window and a short tail, then catch up.</summary>
public sealed class Crowd(IReadOnlyList<IReadOnlyList<Participant>> rooms) : IAsyncDisposable
{
    public IReadOnlyList<IReadOnlyList<Participant>> Rooms => rooms;

    public IEnumerable<Participant> Everyone => rooms.SelectMany(r => r);

    /// <summary>Everyone connected and quiet for this long, to learn what the side costs doing nothing.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    public async Task<Window> Type(StormLevel level, StormOptions options, SentEdits sent, CpuTime cpu)
    {
        using var stop = new CancellationTokenSource();
        var typing = Everyone.Select(p => Task.Run(() => p.TypeUntil(level.KeystrokesPerSecond, stop.Token))).ToArray();
        await Task.Delay(options.Warmup);
        sent.Measure(options.Measure);
        var from = Reading.Take(cpu);
        await Task.Delay(options.Measure);
        var window = Window.Between(from, Reading.Take(cpu), idleCores: 0);
        await Task.Delay(StormOptions.Tail);
        await stop.CancelAsync();
        await Task.WhenAll(typing);
        return window;
    }

    /// <summary>
    /// What the side burns with everyone connected and nobody typing. Read after the run, once all is
    /// caught up and stored: right after start-up the Silo is still compiling and settling in, and idle
    /// would look busier than it is.
    /// </summary>
    public static async Task<double> IdleCores(CpuTime cpu)
    {
        var from = Reading.Take(cpu);
        await Task.Delay(Quiet);
        var idle = Window.Between(from, Reading.Take(cpu), idleCores: 0);
        return idle.Cpu / idle.Elapsed;
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
