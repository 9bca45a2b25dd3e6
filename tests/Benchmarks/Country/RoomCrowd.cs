using Recovery.Benchmarks.Storm;

namespace Recovery.Benchmarks.Country;

/// <summary>
/// Everyone in a run's rooms, each room with its own record of sent edits (so a room that lost a
/// participant at the door is judged by those who got in), typing by the model through warm-up, the
/// measured window and a tail.
/// </summary>
public sealed class RoomCrowd(Crowd crowd, IReadOnlyList<SentEdits> sent, int joinFailures) : IAsyncDisposable
{
    public Crowd Crowd => crowd;

    public int JoinFailures => joinFailures;

    /// <summary>Every room fills at once, each one person after another as people arrive; a refusal at the door is counted, not fatal.</summary>
    public static async Task<RoomCrowd> Join(CountryLevel level, Func<int, int, SentEdits, CancellationToken, Task<Participant>> join, CancellationToken ct)
    {
        var sent = Enumerable.Range(0, level.Rooms).Select(_ => new SentEdits()).ToArray();
        var failures = 0;
        var rooms = await Task.WhenAll(Enumerable.Range(0, level.Rooms).Select(async r =>
        {
            var participants = new List<Participant>();
            for (var p = 0; p < level.Participants; p++)
            {
                try
                {
                    participants.Add(await join(r, p, sent[r], ct));
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    if (Interlocked.Increment(ref failures) <= 10) Console.Error.WriteLine($"Room {r}, participant {p} could not join: {e.GetType().Name}: {e.Message}");
                }
            }
            return (IReadOnlyList<Participant>)participants;
        }));
        return new RoomCrowd(new Crowd(rooms), sent, failures);
    }

    public async Task<(Load Window, int Typed)> Type(CountryLevel level, CountryOptions options, Meters meters)
    {
        var typists = crowd.Rooms.SelectMany((room, r) => room.Select((p, i) => new Typist(p, level.Typing, sent[r], seed: r * 1000 + i))).ToArray();
        using var stop = new CancellationTokenSource();
        var typing = typists.Select(t => Task.Run(() => t.TypeUntil(stop.Token))).ToArray();
        await Task.Delay(options.Warmup);
        foreach (var room in sent) room.Measure(options.Measure);
        var from = meters.Take();
        await Task.Delay(options.Measure);
        var window = Load.Between(from, meters.Take());
        await Task.Delay(StormOptions.Tail);
        await stop.CancelAsync();
        await Task.WhenAll(typing);
        return (window, typists.Sum(t => t.Typed));
    }

    /// <summary>What every process burns with everyone connected and nobody typing, read once all is caught up.</summary>
    public static async Task<Load> Idle(Meters meters)
    {
        var from = meters.Take();
        await Task.Delay(TimeSpan.FromSeconds(3));
        return Load.Between(from, meters.Take());
    }

    /// <summary>Steps of measured edits that others in the room never applied, and the samples of every participant.</summary>
    public (long Missed, IReadOnlyDictionary<StormStage, IReadOnlyList<double>> Samples) Tally()
    {
        var missed = crowd.Rooms.Select((room, r) => sent[r].Measured.Sum(e => (long)Math.Max(0, room.Count - 1 - e.Receipts))).Sum();
        if (missed > 0) Console.Error.WriteLine($"{missed} steps of edits from the window were never applied by someone in their room.");
        var samples = Enum.GetValues<StormStage>().ToDictionary(s => s, s => (IReadOnlyList<double>)crowd.Everyone.SelectMany(p => p.Timings.Samples.Of(s)).ToArray());
        return (missed, samples);
    }

    public int Confirmed => crowd.Everyone.Sum(p => p.Timings.Confirmed);
    public int KeystrokesConfirmed => crowd.Everyone.Sum(p => p.Timings.KeystrokesConfirmed);
    public int Refusals => crowd.Everyone.Sum(p => p.Refusals);

    public ValueTask DisposeAsync() => crowd.DisposeAsync();
}
