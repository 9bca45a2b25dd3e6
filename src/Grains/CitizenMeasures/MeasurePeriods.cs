namespace Recovery.Grains.CitizenMeasures;

/// <summary>Answers are reported per quarter (<c>2026-Q4</c>) by the Danish calendar, as the municipality's other key figures are.</summary>
public static class MeasurePeriods
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Of(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Copenhagen);
        return $"{local.Year}-Q{(local.Month - 1) / 3 + 1}";
    }
}
