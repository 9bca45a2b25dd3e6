namespace Recovery.Api.Exports;

/// <summary>
/// Spreadsheets evaluate a cell that starts with one of these as a formula, so free text such as
/// <c>=HYPERLINK(…)</c> could run or phone home when someone opens the export (CSV injection).
/// </summary>
internal static class FormulaGuard
{
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A leading apostrophe makes Excel and LibreOffice read the rest as plain text, and it does not show.</summary>
    public static string Inert(string text) => LooksLikeFormula(text) ? "'" + text : text;
}
