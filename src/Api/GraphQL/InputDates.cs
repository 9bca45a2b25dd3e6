using System.Globalization;

namespace Recovery.Api.GraphQL;

/// <summary>Dates travel as <c>yyyy-MM-dd</c> strings; one parser, one Danish message.</summary>
internal static class InputDates
{
    public static DateOnly? Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Errors.Error(RuleViolation.Codes.Validation, "Datoen skal skrives som åååå-mm-dd.");

    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
