namespace Recovery.Api.Demo.Country;

/// <summary>
/// The demo's clock: the real time, except in a grain call that the country seeding marked with a
/// date, so a municipality's joining, rounds and workshops spread over past quarters and the
/// console's trends have something to show. Registered only in demo mode; a call without the mark
/// (every call a person makes) reads the real time.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private const string Key = "recovery.demo-at";

    /// <summary>
    /// Read by <see cref="GetUtcNow"/>: a grain may decide after clearing the request context (a
    /// command queue draining), so the mark is copied here as each call arrives, and flows on from there.
    /// </summary>
    private static readonly AsyncLocal<DateTimeOffset?> Marked = new();

    public override DateTimeOffset GetUtcNow() => Marked.Value ?? base.GetUtcNow();

    /// <summary>Marks the grain calls that follow in the current async flow as happening at <paramref name="when"/>.</summary>
    public static void Enter(DateTimeOffset when) => RequestContext.Set(Key, when);

    /// <summary>The incoming grain call filter that carries the mark into the grain (or clears it for an unmarked call).</summary>
    public static Task Carry(IIncomingGrainCallContext call)
    {
        Marked.Value = RequestContext.Get(Key) as DateTimeOffset?;
        return call.Invoke();
    }
}
