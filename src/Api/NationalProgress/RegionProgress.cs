using Recovery.Grains.Municipalities;

namespace Recovery.Api.NationalProgress;

/// <summary>A region's municipalities summed up for the console's region view.</summary>
internal sealed record RegionProgress(
    string Region, int Municipalities, int Participating, IReadOnlyDictionary<ProgrammePhase, int> Phases,
    ActionCounts Actions, int WorkshopsHeld, int CitizensTakePart, double? TemperatureMean)
{
    public static RegionProgress Of(string region, IEnumerable<MunicipalityProgressModel> participating)
    {
        var rows = participating.ToList();
        return new(region,
            MunicipalityCatalog.All.Count(m => m.Region == region),
            rows.Count,
            ProgrammePhases.All.ToDictionary(p => p, p => rows.Count(m => m.Programme.Phase == p)),
            rows.Aggregate(ActionCounts.None, (sum, m) => sum + m.Actions),
            rows.Sum(m => m.WorkshopsHeld.Count()),
            rows.Count(m => m.CitizensTakePart),
            Mean(rows.Select(m => m.LastRound is { } round ? RoundMean.Of(round) : null)));
    }

    internal static double? Mean(IEnumerable<double?> values) =>
        values.OfType<double>().ToList() is { Count: > 0 } known ? Math.Round(known.Average(), 2) : null;
}
