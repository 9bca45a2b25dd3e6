namespace Recovery.Api.Hubs;

/// <summary>
/// A token bucket for hub calls: ASP.NET Core's rate limiter sees a WebSocket's one request, not the
/// hub calls inside it. Starts full, so a burst of <paramref name="burst"/> passes at once.
/// </summary>
internal sealed class TokenBucket(double perSecond, double burst, TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly double capacity = burst;
    private double tokens = burst;
    private long last = clock.GetTimestamp();

    public bool TryTake()
    {
        lock (gate)
        {
            Refill();
            if (tokens < 1) return false;
            tokens--;
            return true;
        }
    }

    /// <summary>A full bucket remembers nothing a new one would not: it can be forgotten.</summary>
    public bool IsFull
    {
        get
        {
            lock (gate)
            {
                Refill();
                return tokens >= capacity;
            }
        }
    }

    private void Refill()
    {
        var now = clock.GetTimestamp();
        tokens = Math.Min(capacity, tokens + clock.GetElapsedTime(last, now).TotalSeconds * perSecond);
        last = now;
    }
}
