using Recovery.Grains.Assessments;
using Recovery.Grains.Municipalities;
using Recovery.Grains.NationalProgress;

namespace Recovery.Api.NationalProgress;

/// <summary>One municipality's row on the console, put together from its read models; counts only, never names or text.</summary>
internal sealed record MunicipalityProgressModel(
    Municipality Municipality,
    MunicipalityProgress Programme,
    IReadOnlyList<GroupProgress> Groups,
    IReadOnlyList<TemperatureRoundSummary> Rounds,
    DateOnly Today)
{
    /// <summary>Steering group first, then implementation groups by name.</summary>
    public IEnumerable<GroupProgress> OrderedGroups =>
        Groups.OrderBy(g => g.Kind).ThenBy(g => g.Name, StringComparer.Create(ProgressBoard.Danish, ignoreCase: true));

    public ActionCounts Actions => ActionCounts.Of(Groups.SelectMany(g => g.Actions), Today);

    /// <summary>Closed rounds, oldest first.</summary>
    public IEnumerable<TemperatureRoundSummary> ClosedRounds => Rounds.Where(r => r.ClosedAt is not null).OrderBy(r => r.ClosedAt);

    public TemperatureRoundSummary? LastRound => ClosedRounds.LastOrDefault();

    public int WorkshopsPlanned => Groups.Sum(g => g.WorkshopsPlanned.Count);

    public IEnumerable<HeldWorkshop> WorkshopsHeld => Groups.SelectMany(g => g.WorkshopsHeld);

    /// <summary>Each person once, with the role of the first group they sit in (steering group first).</summary>
    public IReadOnlyDictionary<Role, int> Participants => OrderedGroups
        .SelectMany(g => g.Members)
        .DistinctBy(m => m.Key)
        .GroupBy(m => m.Value)
        .ToDictionary(g => g.Key, g => g.Count());

    public bool CitizensTakePart => Groups.Any(g => g.Members.Values.Contains(Role.Citizen));
}
