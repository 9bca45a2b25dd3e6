namespace Recovery.Api.Workshops;

/// <summary>Configuration section <c>Recovery:Workshops</c>.</summary>
public sealed class WorkshopOptions
{
    public const string Section = "Recovery:Workshops";

    /// <summary>Base64 HMAC key for guest tokens; several silos must share it. Random per process when empty.</summary>
    public string? GuestSigningKey { get; set; }

    /// <summary>
    /// A guest token dies with its workshop (closing, removal), and at the latest after this: a
    /// workshop day with room for a late start, never the next day's workshop (see <see cref="MaxGuestTokenLifetime"/>).
    /// </summary>
    public TimeSpan GuestTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Configuration cannot make a guest token outlive a day: the server does not start with more.</summary>
    public static readonly TimeSpan MaxGuestTokenLifetime = TimeSpan.FromHours(24);

    /// <summary>Guest admissions per minute from one IP address: enough for a room, far too few to guess codes.</summary>
    public int GuestJoinsPerMinute { get; set; } = 30;

    /// <summary>Proposals per second one connection may send, sustained; twice this in a burst.</summary>
    public int ProposalsPerSecond { get; set; } = 20;
}
