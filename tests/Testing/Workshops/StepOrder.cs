using System.Diagnostics;

namespace Recovery.Testing.Workshops;

/// <summary>
/// Steps strictly in revision order, as docs/workshops.md asks: one already had is ignored, one further
/// ahead is held until the gap closes, and a gap that has made no progress for a second is stuck (the
/// client then calls <c>CatchUp</c>). Not thread-safe: the client holds its lock around every call.
/// </summary>
public sealed class StepOrder
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private readonly SortedDictionary<long, StepMessage> ahead = [];
    private long gapSince;

    public long Revision { get; private set; }

    public bool Stuck => ahead.Count > 0 && Stopwatch.GetElapsedTime(gapSince) >= Patience;

    /// <summary>A snapshot puts the client at its revision; held steps up to it are now stale.</summary>
    public void Reset(long revision) => Revision = revision;

    public void Hold(StepMessage step)
    {
        if (step.Revision <= Revision) return;
        if (ahead.Count == 0) gapSince = Stopwatch.GetTimestamp();
        ahead.TryAdd(step.Revision, step);
    }

    /// <summary>The held steps that now follow in order, each counted as applied as it is handed out.</summary>
    public IEnumerable<StepMessage> Ready()
    {
        var from = Revision;
        while (ahead.Remove(Revision + 1, out var step))
        {
            Revision++;
            yield return step;
        }
        foreach (var stale in ahead.Keys.TakeWhile(r => r <= Revision).ToArray()) ahead.Remove(stale);
        // The patience runs from the last progress, not from the last step that arrived behind the gap.
        if (ahead.Count > 0 && Revision > from) gapSince = Stopwatch.GetTimestamp();
    }

    /// <summary>After asking for what is missing, wait another second before asking again.</summary>
    public void Asked() => gapSince = Stopwatch.GetTimestamp();
}
