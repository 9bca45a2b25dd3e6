namespace Recovery.Api.Demo;

/// <summary>Configuration section <c>Recovery:Demo</c>. Off unless turned on: it hands out tokens to anyone who asks.</summary>
public sealed class DemoOptions
{
    public const string Section = "Recovery:Demo";

    public bool Enabled { get; set; }

    /// <summary>
    /// Also seeds the rest of the country (every municipality but Herning and Roskilde) in the
    /// background after start. Off by default: tests start many demo servers, and this takes a while.
    /// </summary>
    public bool Country { get; set; }

    /// <summary>Groups per seeded municipality: its steering group and one less implementation groups.</summary>
    public int GroupsPerMunicipality { get; set; } = 3;
}
