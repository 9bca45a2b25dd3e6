namespace Recovery.Api.Exports;

/// <summary>Dates in the files are the dates people in Denmark saw on the calendar, not UTC dates.</summary>
internal static class DanishTime
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Date(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Copenhagen).DateTime);
}
