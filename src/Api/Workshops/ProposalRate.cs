namespace Recovery.Api.Workshops;

/// <summary>
/// A token bucket per connection: ASP.NET Core's rate limiter sees the WebSocket's one request,
/// not the hub calls inside it. The browser composes typing while it waits, so people stay far below.
/// </summary>
internal sealed class ProposalRate(int perSecond, TimeProvider clock)
{
    private readonly Lock gate = new();
    private double tokens = perSecond * 2;
    private long last = clock.GetTimestamp();

    public bool TryTake()
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            tokens = Math.Min(perSecond * 2, tokens + clock.GetElapsedTime(last, now).TotalSeconds * perSecond);
            last = now;
            if (tokens < 1) return false;
            tokens--;
            return true;
        }
    }
}
