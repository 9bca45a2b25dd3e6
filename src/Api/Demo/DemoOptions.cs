namespace Recovery.Api.Demo;

/// <summary>Configuration section <c>Recovery:Demo</c>. Off unless turned on: it hands out tokens to anyone who asks.</summary>
public sealed class DemoOptions
{
    public const string Section = "Recovery:Demo";

    public bool Enabled { get; set; }

    /// <summary>
    /// Whether demo seeding also builds country-wide data (<c>Recovery:Demo:Country</c>), such as a
    /// reference network with a published edition. Off by default: it adds a great deal of data.
    /// </summary>
    public bool Country { get; set; }
}
