namespace Recovery.Browser.Tests;

/// <summary>The sign-in buttons of the demo personas (src/Api/Demo/DemoPersonas.cs) and where each lands.</summary>
public static class Personas
{
    public const string HerningPath = "/kommuner/657";
    public const string HerningTovholder = "Log ind som Mette Lund – Tovholder, Herning";
    public const string HerningCitizen = "Log ind som Jonas Holm – Borger, Herning";
    public const string HerningStaff = "Log ind som Sofie Bech – Medarbejder, Herning";
    public const string HerningLeader = "Log ind som Birgitte Dahl – Strategisk leder, Herning";
    public const string RoskildeLeader = "Log ind som Anne Krogh – Strategisk leder, Roskilde";
    public const string National = "Log ind som Lars Vestergaard – National koordinator";

    /// <summary>Titles nobody else in the run uses, so a test finds exactly its own item.</summary>
    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";
}
