using ClosedXML.Excel;

namespace Recovery.Api.Exports;

/// <summary>One sheet: a bold header row with a filter, real dates shown dd-mm-yyyy, and columns wide enough to read.</summary>
internal static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int MaxColumnWidth = 60;

    public static byte[] Write(ExportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(table.Title);
        for (var c = 0; c < table.Headers.Count; c++) Text(sheet.Cell(1, c + 1), table.Headers[c]);
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < table.Rows.Count; r++)
        for (var c = 0; c < table.Rows[r].Count; c++)
            Write(sheet.Cell(r + 2, c + 1), table.Rows[r][c]);
        sheet.Range(1, 1, table.Rows.Count + 1, table.Headers.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        for (var c = 0; c < table.Headers.Count; c++) sheet.Column(c + 1).Width = Width(table, c);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Write(IXLCell cell, ExportCell value)
    {
        switch (value)
        {
            case TextCell t:
                Text(cell, t.Text);
                break;
            case DateCell d:
                cell.SetValue(d.Value.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "dd-mm-yyyy";
                break;
            case NumberCell n:
                cell.SetValue(n.Value);
                break;
        }
    }

    /// <summary>
    /// Stored as a plain string, never parsed: a string cell is not evaluated, whatever it starts with,
    /// and "1-2" stays text instead of becoming a date.
    /// </summary>
    private static void Text(IXLCell cell, string text)
    {
        cell.SetValue(XmlSafe(text));
        cell.DataType = XLDataType.Text;
    }

    /// <summary>Control characters other than tab and line breaks cannot be stored in the sheet's XML.</summary>
    private static string XmlSafe(string text) =>
        new(text.Select(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c).ToArray());

    /// <summary>Measured in characters: ClosedXML's own fitting needs font measurement that is not available on Linux servers.</summary>
    private static double Width(ExportTable table, int column)
    {
        var longest = table.Rows.Select(r => r[column] is TextCell t ? LongestLine(t.Text) : 10)
            .Prepend(table.Headers[column].Length).Max();
        return Math.Min(longest + 2, MaxColumnWidth);
    }

    private static int LongestLine(string text) => text.Split('\n').Max(line => line.Length);
}
