using System.Diagnostics;
using Recovery.Benchmarks.Mutation;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// What one participant measured: only edits submitted inside the window count, and an edit counts
/// as confirmed when its own step comes back inside the window. Not thread-safe: the participant holds
/// its lock around every call.
/// </summary>
public sealed class Timings(SentEdits sent)
{
    private readonly Queue<(long Revision, SentEdit Edit)> unsaved = new();

    public Samples<StormStage> Samples { get; } = new();
    public int Confirmed { get; private set; }
    public int KeystrokesConfirmed { get; private set; }

    /// <summary>One's own step came back; <paramref name="revision"/> is null on the floor, which stores nothing.</summary>
    public void Acknowledged(SentEdit? edit, Pending outstanding, long? revision, long now)
    {
        if (edit is not null && sent.Within(edit.SubmittedAt))
        {
            Samples.Add(StormStage.Ack, Stopwatch.GetElapsedTime(edit.SubmittedAt, now));
            if (revision is { } r) unsaved.Enqueue((r, edit));
        }
        if (sent.Within(now)) (Confirmed, KeystrokesConfirmed) = (Confirmed + 1, KeystrokesConfirmed + outstanding.Keystrokes);
    }

    /// <summary>Another participant's edit is applied here.</summary>
    public void Seen(SentEdit? edit, long now)
    {
        if (edit is null || !sent.Within(edit.SubmittedAt)) return;
        edit.Received();
        Samples.Add(StormStage.Propagation, Stopwatch.GetElapsedTime(edit.SubmittedAt, now));
        Samples.Add(StormStage.TypedToSeen, Stopwatch.GetElapsedTime(edit.FirstTypedAt, now));
    }

    /// <summary>Everything up to <paramref name="saved"/> is in PostgreSQL.</summary>
    public void SavedThrough(long saved, long now)
    {
        while (unsaved.TryPeek(out var oldest) && oldest.Revision <= saved)
        {
            unsaved.Dequeue();
            Samples.Add(StormStage.Saved, Stopwatch.GetElapsedTime(oldest.Edit.SubmittedAt, now));
        }
    }
}
