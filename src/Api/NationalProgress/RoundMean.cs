using Recovery.Grains.Assessments;

namespace Recovery.Api.NationalProgress;

internal static class RoundMean
{
    /// <summary>The mean over the prerequisites that had answers: one number for a round, for rows and trends.</summary>
    public static double? Of(TemperatureRoundSummary round) => RegionProgress.Mean(round.Results.Select(r => r.Mean));
}
