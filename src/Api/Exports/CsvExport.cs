using System.Globalization;
using System.Text;

namespace Recovery.Api.Exports;

/// <summary>
/// CSV as Danish Excel opens it with a double click: UTF-8 with a byte order mark (without it Excel
/// guesses Windows-1252 and mangles æ, ø, å), semicolons (the comma is the decimal separator in
/// Danish), CRLF line ends and RFC 4180 quoting.
/// </summary>
internal static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static byte[] Write(ExportTable table)
    {
        var text = new StringBuilder();
        Line(text, table.Headers.Select(h => Field(FormulaGuard.Inert(h))));
        foreach (var row in table.Rows) Line(text, row.Select(Cell));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) => text.AppendJoin(';', fields).Append("\r\n");

    private static string Cell(ExportCell cell) => cell switch
    {
        TextCell t => Field(FormulaGuard.Inert(t.Text)),
        DateCell d => d.Value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        NumberCell n => Field(n.Value.ToString(Danish)),
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    /// <summary>Quoted when it holds a separator, a quote or a line break; quotes inside are doubled.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
