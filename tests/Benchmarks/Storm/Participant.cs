using System.Diagnostics;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// One person typing into the shared description, following docs/workshops.md: steps applied strictly
/// in revision order (later ones held until the gap closes, a gap older than a second fetched with
/// <c>CatchUp</c>), one outstanding edit and a buffer, one's own step recognised by op id. On the floor,
/// which neither orders nor transforms, the same client sends and receives the same messages but keeps
/// only its own typing. Times are stamped where the client would show the change.
/// </summary>
public sealed class Participant(RoomLine line, string item, SentEdits sent, int seed) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly TextReplica replica = new();
    private readonly Keystrokes keystrokes = new(seed);
    private readonly StepOrder order = new();
    private readonly Timings timings = new(sent);
    private long saved, lastOwn;

    public Timings Timings { get { lock (gate) return timings; } }
    public int Refusals { get; private set; }
    public long Revision { get { lock (gate) return order.Revision; } }
    public string Text { get { lock (gate) return replica.Text; } }
    public bool Idle { get { lock (gate) return replica.Idle; } }
    public bool AllSaved { get { lock (gate) return saved >= lastOwn; } }

    public async Task JoinAsync(CancellationToken ct)
    {
        var caught = await line.Open(OnStep, ct);
        Outgoing? next;
        lock (gate) next = Catch(caught);
        if (next is not null) Submit(next);
    }

    /// <summary>Types at <paramref name="perSecond"/> keystrokes a second from a random phase, on a fixed schedule, until stopped.</summary>
    public async Task TypeUntil(int perSecond, CancellationToken stop)
    {
        var interval = Stopwatch.Frequency / perSecond;
        var next = Stopwatch.GetTimestamp() + Random.Shared.NextInt64(interval);
        while (!stop.IsCancellationRequested)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, stop); }
                catch (OperationCanceledException) { return; }
            }
            Keystroke();
            next += interval;
            try { await CatchUpIfStuck(stop); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Fetches what is missing when a gap in the steps has lasted longer than the protocol's second.</summary>
    public async Task CatchUpIfStuck(CancellationToken ct)
    {
        long since;
        lock (gate)
        {
            if (!order.Stuck) return;
            since = order.Revision;
            order.Asked();
        }
        var caught = await line.CatchUp(since, ct);
        Outgoing? next;
        lock (gate) next = Catch(caught);
        if (next is not null) Submit(next);
    }

    public ValueTask DisposeAsync() => line.DisposeAsync();

    /// <summary>One keystroke now: sent at once if nothing is outstanding, else added to the buffer.</summary>
    public void Keystroke()
    {
        Outgoing? send;
        lock (gate) send = Outgoing.Of(replica.Type(keystrokes.Next(replica.Text), Stopwatch.GetTimestamp()), order.Revision);
        if (send is not null) Submit(send);
    }

    private void Submit(Outgoing send)
    {
        sent.Add(send.Edit.Id, Stopwatch.GetTimestamp(), send.Edit);
        _ = SubmitAsync(send.Edit, send.Base);
    }

    private async Task SubmitAsync(Pending edit, long @base)
    {
        try
        {
            await line.Submit(item, edit.Id, @base, edit.Op);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A refused edit stays outstanding, so this client stops sending: it shows up as not settled.
            lock (gate) Refusals++;
            Console.Error.WriteLine($"Refused in {line.Workshop}: {e.Message}");
        }
    }

    /// <summary>The product sends only stored steps, and stores them in order: a step says everything up to it is saved.</summary>
    private void OnStep(StepMessage step)
    {
        Outgoing? next;
        lock (gate)
        {
            if (line.Sequenced) saved = Math.Max(saved, step.Revision);
            next = line.Sequenced ? InOrder(step) : Outgoing.Of(Apply(step, Stopwatch.GetTimestamp()), order.Revision);
        }
        if (next is not null) Submit(next);
    }

    private Outgoing? Catch(Caught caught)
    {
        saved = Math.Max(saved, caught.Saved);
        if (caught.Snapshot is { } snapshot)
        {
            replica.Reset(snapshot.Items.Single(i => i.Id == item).Description);
            order.Reset(snapshot.Revision);
        }
        foreach (var step in caught.Steps ?? []) order.Hold(step);
        return ApplyHeld(Stopwatch.GetTimestamp());
    }

    private Outgoing? InOrder(StepMessage step)
    {
        order.Hold(step);
        return ApplyHeld(Stopwatch.GetTimestamp());
    }

    private Outgoing? ApplyHeld(long now)
    {
        Outgoing? next = null;
        foreach (var step in order.Ready()) next = Outgoing.Of(Apply(step, now), order.Revision) ?? next;
        return next;
    }

    /// <returns>The buffer to submit, when the step was this client's outstanding edit.</returns>
    private Pending? Apply(StepMessage step, long now)
    {
        if (step.Event is not { Kind: "text", Op: { } op } e || e.Item != item || e.Field != TextCommand.Description) return null;
        var edit = sent.Find(step.OpId);
        if (replica.Outstanding is { } outstanding && step.OpId == outstanding.Id)
        {
            if (line.Sequenced) lastOwn = step.Revision;
            timings.Acknowledged(edit, outstanding, line.Sequenced ? step.Revision : null, now);
            timings.SavedThrough(saved, now);
            return replica.Confirm();
        }
        if (line.Sequenced) replica.Receive(op);
        timings.Seen(edit, now);
        return null;
    }

    /// <summary>
    /// An edit with the revision it was made on, taken under the same lock: a step applied in between
    /// would rebase the outstanding edit, and the server would then transform an old operation from a new base.
    /// </summary>
    private sealed record Outgoing(Pending Edit, long Base)
    {
        public static Outgoing? Of(Pending? edit, long @base) => edit is null ? null : new Outgoing(edit, @base);
    }
}
