using System.Collections.Concurrent;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>One submitted edit, as its author's clock saw it; receivers count themselves in.</summary>
public sealed class SentEdit(long submittedAt, long firstTypedAt, int keystrokes)
{
    private int receipts;

    public long SubmittedAt { get; } = submittedAt;
    public long FirstTypedAt { get; } = firstTypedAt;
    public int Keystrokes { get; } = keystrokes;
    public int Receipts => Volatile.Read(ref receipts);

    public void Received() => Interlocked.Increment(ref receipts);
}

/// <summary>
/// Every edit of a run by op id, with the Stopwatch time it was submitted: all clients live in this
/// process, so a receiver reads the sender's clock instead of carrying times inside the text. Only
/// edits submitted inside the measured window are counted.
/// </summary>
public sealed class SentEdits
{
    private readonly ConcurrentDictionary<string, SentEdit> edits = new();
    private long from = long.MaxValue, to = long.MaxValue;

    /// <summary>
    /// Opens the window now. It starts at the moment it is opened, not at a time taken earlier: a receipt
    /// counted before the window opened would be missing for an edit that nonetheless falls inside it.
    /// </summary>
    public void Measure(TimeSpan length)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        Volatile.Write(ref to, start + (long)(length.TotalSeconds * System.Diagnostics.Stopwatch.Frequency));
        Volatile.Write(ref from, start);
    }

    public double Offset(long at) => (at - from) / (double)System.Diagnostics.Stopwatch.Frequency;

    public bool Within(long at) => at >= Volatile.Read(ref from) && at < Volatile.Read(ref to);

    public SentEdit Add(string opId, long submittedAt, Pending edit) =>
        edits[opId] = new SentEdit(submittedAt, edit.FirstTypedAt, edit.Keystrokes);

    public SentEdit? Find(string? opId) => opId is not null && edits.TryGetValue(opId, out var edit) ? edit : null;

    public IEnumerable<SentEdit> Measured => edits.Values.Where(e => Within(e.SubmittedAt));
}
