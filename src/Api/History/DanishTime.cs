using System.Globalization;

namespace Recovery.Api.History;

/// <summary>Dates as people in Denmark read them: a day ends at midnight in Copenhagen, and is written "12. marts 2026".</summary>
internal static class DanishTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The last moment PostgreSQL can stamp on the day (it keeps microseconds), summer or winter time.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).AddMicroseconds(-1);
    }

    /// <summary>The calendar day people in Denmark saw at that moment, not the UTC day.</summary>
    public static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    public static string Date(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("d. MMMM yyyy", Culture);
}
