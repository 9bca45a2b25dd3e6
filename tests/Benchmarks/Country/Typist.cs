using System.Diagnostics;
using Recovery.Benchmarks.Storm;

namespace Recovery.Benchmarks.Country;

/// <summary>
/// Drives one participant by the <see cref="TypingModel"/>. It starts where a person at a random moment
/// would be (typing with the model's duty share, else reading: the pause is memoryless), so the first
/// seconds look like any others. Reading or typing, it fetches a gap older than a second, as the
/// product's client does on its timer.
/// </summary>
public sealed class Typist(Participant participant, TypingModel model, SentEdits sent, int seed)
{
    /// <summary>The longest a reader goes without checking for a gap.</summary>
    private static readonly TimeSpan Glance = TimeSpan.FromMilliseconds(250);

    private readonly Random random = new(seed);
    private int typed;

    /// <summary>Keystrokes typed inside the measured window.</summary>
    public int Typed => Volatile.Read(ref typed);

    public async Task TypeUntil(CancellationToken stop)
    {
        try
        {
            var keys = random.NextDouble() < model.Duty ? random.Next(1, model.Burst(random) + 1) : 0;
            while (!stop.IsCancellationRequested)
            {
                if (keys == 0)
                {
                    await Read(model.Reading(random), stop);
                    keys = model.Burst(random);
                }
                var rate = TypingModel.Rate(random);
                for (; keys > 0; keys--)
                {
                    participant.Keystroke();
                    if (sent.Within(Stopwatch.GetTimestamp())) Interlocked.Increment(ref typed);
                    await Task.Delay(model.Gap(random, rate), stop);
                    await participant.CatchUpIfStuck(stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task Read(TimeSpan length, CancellationToken stop)
    {
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until) is { Ticks: > 0 } left)
        {
            await Task.Delay(left < Glance ? left : Glance, stop);
            await participant.CatchUpIfStuck(stop);
        }
    }
}
