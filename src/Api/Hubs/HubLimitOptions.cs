namespace Recovery.Api.Hubs;

/// <summary>Configuration section <c>Recovery:Hubs</c>: limits on every call to the live and workshop hubs.</summary>
public sealed class HubLimitOptions
{
    public const string Section = "Recovery:Hubs";

    /// <summary>
    /// SignalR's own limit on one message: a bigger one closes the connection. It stays the hard backstop
    /// behind <see cref="MaxArgumentBytes"/>, which answers with an error instead.
    /// </summary>
    public const int TransportMessageBytes = 32 * 1024;

    /// <summary>
    /// The arguments of one call, as sent: room for the longest text a workshop takes (4,000 characters,
    /// even with every letter escaped as \u00e6 by a client's JSON writer), well below the transport's limit.
    /// </summary>
    public int MaxArgumentBytes { get; set; } = 26 * 1024;

    /// <summary>Hub calls one person may make per second across all their connections to this silo, sustained.</summary>
    public double CallsPerUserPerSecond { get; set; } = 60;

    /// <summary>Hub calls one person may make at once, before <see cref="CallsPerUserPerSecond"/> applies.</summary>
    public double CallsPerUserBurst { get; set; } = 240;
}
