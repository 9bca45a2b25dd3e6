namespace Recovery.Api.Exports;

/// <summary>One sheet of an export: a title, Danish column headers and rows of typed cells, written as CSV or XLSX.</summary>
internal sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);

/// <summary>A cell keeps its type so XLSX gets real dates and numbers, and only text is guarded against formulas.</summary>
internal abstract record ExportCell
{
    public static implicit operator ExportCell(string text) => new TextCell(text);

    public static ExportCell Date(DateOnly? date) => date is { } value ? new DateCell(value) : new TextCell("");

    public static ExportCell Number(decimal number) => new NumberCell(number);
}

internal sealed record TextCell(string Text) : ExportCell;

internal sealed record DateCell(DateOnly Value) : ExportCell;

internal sealed record NumberCell(decimal Value) : ExportCell;
