namespace Recovery.Api.CitizenMeasures;

/// <summary>Configuration section <c>Recovery:CitizenMeasures</c>.</summary>
public sealed class CitizenMeasureOptions
{
    public const string Section = "Recovery:CitizenMeasures";

    /// <summary>Base64 HMAC key for personal-code tokens; several silos must share it. Random per process when empty.</summary>
    public string? CodeSigningKey { get; set; }

    /// <summary>Long enough to answer a form and look at earlier scores; a shared staff device forgets the citizen soon after.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Sign-ins per minute from one IP address: plenty for a citizen who mistypes, far too few to guess a 10-character code.</summary>
    public int SignInsPerMinute { get; set; } = 10;
}
