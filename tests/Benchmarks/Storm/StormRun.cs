namespace Recovery.Benchmarks.Storm;

/// <summary>What one run of a level measured, on the product or on the floor.</summary>
/// <param name="Missed">Steps of measured edits that some other participant in the room never applied.</param>
/// <param name="Divergences">Participants whose text differs from the server's after catching up; null on the floor, which keeps no shared text.</param>
/// <param name="StoredMismatches">Rooms whose stored text differs from the server's live text; null on the floor.</param>
public sealed record StormRun(
    StormLevel Level,
    bool Floor,
    IReadOnlyDictionary<StormStage, IReadOnlyList<double>> Samples,
    int Confirmed,
    int Keystrokes,
    Window Window,
    long Missed,
    int Refusals,
    int NotSettled,
    int? Divergences,
    int? StoredMismatches)
{
    public static StormRun Of(StormLevel level, bool floor, Crowd crowd, SentEdits sent, Window window, int notSettled,
        int? divergences = null, int? storedMismatches = null)
    {
        var missed = sent.Measured.Where(e => e.Receipts < level.Participants - 1).OrderBy(e => e.SubmittedAt).ToArray();
        if (missed.Length > 0)
        {
            Console.Error.WriteLine($"{level.Name}, {(floor ? "floor" : "product")}: {missed.Length} edits from the window were not applied by everyone; " +
                                    "submitted (s into the window) and others that applied them: " +
                                    string.Join(", ", missed.Take(10).Select(e => $"{sent.Offset(e.SubmittedAt):0.000} s {e.Receipts}")));
        }
        return new(
            level,
            floor,
            Enum.GetValues<StormStage>().ToDictionary(s => s, s => (IReadOnlyList<double>)crowd.Everyone.SelectMany(p => p.Timings.Samples.Of(s)).ToArray()),
            crowd.Everyone.Sum(p => p.Timings.Confirmed),
            crowd.Everyone.Sum(p => p.Timings.KeystrokesConfirmed),
            window,
            sent.Measured.Sum(e => (long)Math.Max(0, level.Participants - 1 - e.Receipts)),
            crowd.Everyone.Sum(p => p.Refusals),
            notSettled,
            divergences,
            storedMismatches);
    }
}
