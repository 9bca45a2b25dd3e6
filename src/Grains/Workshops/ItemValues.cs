using System.Globalization;
using System.Text.Json;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Workshops;

/// <summary>
/// A plan item's status and due date as the room carries them: the steering group's
/// <see cref="PlanItemStatus"/> in camel case (<c>inProgress</c>) and dates as <c>2026-12-03</c>.
/// </summary>
public static class ItemValues
{
    private static readonly Dictionary<string, PlanItemStatus> StatusesByWire = Enum.GetValues<PlanItemStatus>().ToDictionary(Wire);

    public static string Wire(PlanItemStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string? Wire(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PlanItemStatus? Status(string? wire) => wire is not null && StatusesByWire.TryGetValue(wire, out var status) ? status : null;

    public static DateOnly? Date(string? wire) =>
        DateOnly.TryParseExact(wire, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
