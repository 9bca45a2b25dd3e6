namespace Recovery.Api.Workshops;

/// <summary>Configuration section <c>Recovery:Workshops</c>.</summary>
public sealed class WorkshopOptions
{
    public const string Section = "Recovery:Workshops";

    /// <summary>Base64 HMAC key for guest tokens; several silos must share it. Random per process when empty.</summary>
    public string? GuestSigningKey { get; set; }

    /// <summary>A guest token dies with its workshop, and at the latest after this.</summary>
    public TimeSpan GuestTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Guest admissions per minute from one IP address: enough for a room, far too few to guess codes.</summary>
    public int GuestJoinsPerMinute { get; set; } = 30;

    /// <summary>Proposals per second one connection may send, sustained; twice this in a burst.</summary>
    public int ProposalsPerSecond { get; set; } = 20;
}
