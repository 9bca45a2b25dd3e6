using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.Staircase;

namespace Recovery.Grains.ReferenceNetwork;

/// <summary>
/// One figure the network compares. <see cref="CountsCitizens"/> marks figures built from citizens'
/// own answers or counts: a municipality contributes to those only with at least five citizens.
/// </summary>
[GenerateSerializer, Immutable, Alias("network.metric")]
public sealed record ReferenceMetric(
    [property: Id(0)] string Id,
    [property: Id(1)] string Group,
    [property: Id(2)] string Label,
    [property: Id(3)] string Unit,
    [property: Id(4)] bool CountsCitizens);

/// <summary>
/// The figures compared, in the order the page shows them. Ids are stored in editions, so an id
/// keeps its meaning for good; labels come from here, never from a municipality's own words.
/// </summary>
public static class ReferenceMetrics
{
    public const string Temperature = "Temperaturmåling";
    public const string Staircase = "Indsatstrappen";
    public const string KeyFigures = "Nøgletal";
    public const string Plans = "Planernes fremdrift";

    public const string Percent = "procent";

    public static IReadOnlyList<ReferenceMetric> All { get; } =
    [
        .. OrganisationalPrerequisites.All.Select(p => new ReferenceMetric(TemperatureId(p), Temperature, p.DanishTitle(), "gennemsnit 0–5", false)),
        .. Instruments.All.SelectMany(CitizenMetrics),
        // Only the agency's default steps: a municipality's own steps have names that could point to it.
        .. DefaultStaircase.Steps.Select(s => new ReferenceMetric(StepId(s.Id), Staircase, $"Andel af borgerne på trinnet {s.Name}", Percent, true)),
        new("staircase-moved-down", Staircase, "Andel, der i kvartalet flyttede ned ad trappen (mindre indgribende)", Percent, true),
        new("staircase-moved-up", Staircase, "Andel, der i kvartalet flyttede op ad trappen (mere indgribende)", Percent, true),
        new("key-education-employment", KeyFigures, "Andel i uddannelse eller beskæftigelse", Percent, false),
        new("key-readmissions", KeyFigures, "Andel psykiatriske genindlæggelser", Percent, false),
        new("plan-done", Plans, "Andel af handlingerne, der er færdige", Percent, false),
        new("plan-overdue", Plans, "Andel af handlingerne med overskredet frist", Percent, false),
    ];

    private static readonly Dictionary<string, ReferenceMetric> ById = All.ToDictionary(m => m.Id);

    public static ReferenceMetric? Find(string id) => ById.GetValueOrDefault(id);

    public static string TemperatureId(OrganisationalPrerequisite p) => $"temperature-{(int)p}";

    public static string StepId(string stepId) => $"staircase-step-{stepId}";

    public static string MeanId(Instrument i) => $"{Slug(i)}-mean";

    public static string AboveCutOffId(Instrument i) => $"{Slug(i)}-above-cut-off";

    public static string ImprovedId(Instrument i) => $"{Slug(i)}-improved";

    private static IEnumerable<ReferenceMetric> CitizenMetrics(InstrumentDefinition d) =>
    [
        new(MeanId(d.Instrument), d.Name, "Gennemsnitlig score", "score 0–100", true),
        new(AboveCutOffId(d.Instrument), d.Name, $"Andel over skæringspunktet ({d.CutOff})", Percent, true),
        new(ImprovedId(d.Instrument), d.Name, "Andel med relevant forbedring siden sidst", Percent, true),
    ];

    private static string Slug(Instrument i) => i == Instrument.Who5 ? "who5" : "brief-inspire-o";
}
