namespace Recovery.Api.Demo;

/// <summary>Configuration section <c>Recovery:Demo</c>. Off unless turned on: it hands out tokens to anyone who asks.</summary>
public sealed class DemoOptions
{
    public const string Section = "Recovery:Demo";

    public bool Enabled { get; set; }

    /// <summary>
    /// Whether this process seeds the demo data. Several silos on one database share one demo: the first
    /// seeds, the others only sign people in, so two seeders never race for the same groups.
    /// </summary>
    public bool Seed { get; set; } = true;

    /// <summary>
    /// Also builds country-wide data in the background after start: every municipality but Herning and
    /// Roskilde joins the programme with groups, workshops and rounds, and a reference network publishes
    /// an edition. Off by default: tests start many demo servers, and this adds a great deal of data.
    /// </summary>
    public bool Country { get; set; }

    /// <summary>Groups per municipality the country seeding gives: its steering group and one less implementation groups.</summary>
    public int GroupsPerMunicipality { get; set; } = 3;
}
