using System.Text;
using ClosedXML.Excel;
using Recovery.Api.Exports;

namespace Recovery.Api.Tests.Exports;

/// <summary>The CSV and XLSX writers on their own: quoting, the formula guard, types and file names.</summary>
public sealed class ExportWriterTests
{
    private static readonly ExportTable Table = new("Prøve", ["Titel", "Frist", "Antal"],
    [
        ["=HYPERLINK(\"http://example.com\";\"Klik\")", ExportCell.Date(new DateOnly(2027, 3, 1)), ExportCell.Number(3.5m)],
        ["Semikolon; \"citat\"\nog ny linje", ExportCell.Date(null), ExportCell.Number(12)],
    ]);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("sagde \"hej\"", "\"sagde \"\"hej\"\"\"")]
    [InlineData("to\nlinjer", "\"to\nlinjer\"")]
    [InlineData("cr\rinde", "\"cr\rinde\"")]
    [InlineData("komma, ok", "komma, ok")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_holds_a_separator_a_quote_or_a_line_break(string value, string written) =>
        Assert.Equal(written, CsvExport.Field(value));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+45 12 34 56 78")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Text_a_spreadsheet_would_evaluate_gets_an_apostrophe_in_front(string text) =>
        Assert.Equal("'" + text, FormulaGuard.Inert(text));

    [Theory]
    [InlineData("Plan for 2027")]
    [InlineData("Mål = trivsel")]
    [InlineData(" =ikke først")]
    [InlineData("")]
    public void Other_text_is_left_alone(string text) => Assert.Equal(text, FormulaGuard.Inert(text));

    [Fact]
    public void Csv_has_a_bom_semicolons_crlf_danish_dates_and_numbers_and_an_inert_formula()
    {
        var file = CsvExport.Write(Table);

        var expected = "Titel;Frist;Antal\r\n"
                       + "\"'=HYPERLINK(\"\"http://example.com\"\";\"\"Klik\"\")\";01-03-2027;3,5\r\n"
                       + "\"Semikolon; \"\"citat\"\"\nog ny linje\";;12\r\n";
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(expected)], file);
        Assert.Equal(["'=HYPERLINK(\"http://example.com\";\"Klik\")", "01-03-2027", "3,5"], Csv.Parse(file)[1]);
    }

    [Fact]
    public void Xlsx_has_a_bold_filtered_header_real_dates_numbers_and_the_formula_as_plain_text()
    {
        using var workbook = new XLWorkbook(new MemoryStream(XlsxExport.Write(Table)));

        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("Prøve", sheet.Name);
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal("Titel", sheet.Cell("A1").GetString());
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:C3", sheet.AutoFilter.Range.RangeAddress.ToString());
        var formula = sheet.Cell("A2");
        Assert.False(formula.HasFormula);
        Assert.Equal(XLDataType.Text, formula.DataType);
        Assert.Equal("=HYPERLINK(\"http://example.com\";\"Klik\")", formula.GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell("B2").DataType);
        Assert.Equal(new DateTime(2027, 3, 1), sheet.Cell("B2").GetDateTime());
        Assert.Equal("dd-mm-yyyy", sheet.Cell("B2").Style.DateFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell("C2").DataType);
        Assert.Equal(3.5, sheet.Cell("C2").GetDouble());
        Assert.Equal("Semikolon; \"citat\"\nog ny linje", sheet.Cell("A3").GetString());
        Assert.True(sheet.Column(1).Width > 10);
    }

    [Fact]
    public void Control_characters_that_xml_cannot_hold_do_not_break_the_xlsx()
    {
        var table = new ExportTable("Ark", ["Titel"], [["før\u0001efter"]]);

        using var workbook = new XLWorkbook(new MemoryStream(XlsxExport.Write(table)));

        Assert.Equal("før\uFFFDefter", workbook.Worksheet(1).Cell("A2").GetString());
    }

    [Theory]
    [InlineData("Herning-udviklingsplan-2026-11-23.csv", "Herning-udviklingsplan-2026-11-23.csv")]
    [InlineData("Ærø-beslutninger.xlsx", "Aeroe-beslutninger.xlsx")]
    [InlineData("Høje-Taastrup-plan.csv", "Hoeje-Taastrup-plan.csv")]
    [InlineData("Lyngby-Taarbæk-a\"b.csv", "Lyngby-Taarbaek-a_b.csv")]
    public void File_names_have_an_ascii_form_and_the_real_one_in_filename_star(string name, string ascii)
    {
        var header = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.Parse(ExportFileName.ContentDisposition(name));

        Assert.Equal(ascii, header.FileName.Value?.Trim('"'));
        Assert.Equal(name, header.FileNameStar.Value);
    }
}
