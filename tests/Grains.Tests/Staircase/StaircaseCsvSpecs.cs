using System.Text;
using Recovery.Grains.Staircase;

namespace Recovery.Grains.Tests.Staircase;

public sealed class StaircaseCsvSpecs
{
    private static StaircaseCsvResult Parse(string text) => StaircaseCsv.Parse(Encoding.UTF8.GetBytes(text), DefaultStaircase.Steps);

    private static CsvRejection Rejected(string text)
    {
        var result = Parse(text);
        Assert.False(result.Accepted);
        Assert.Empty(result.Rows);
        return Assert.Single(result.Rejected);
    }

    [Fact]
    public void A_file_with_ids_names_a_byte_order_mark_and_windows_line_ends_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "Kvartal;Trin;Antal\r\n2026K1;sel-85;40\r\n2026 K1;§ 107 midlertidigt botilbud;12\r\n\r\n2026K2;\"Åben og fremskudt rådgivning\";7\r\n")).ToArray();

        var result = StaircaseCsv.Parse(bytes, DefaultStaircase.Steps);

        Assert.True(result.Accepted);
        Assert.Equal([new StepCountRow("2026K1", "sel-85", 40), new("2026K1", "sel-107", 12), new("2026K2", "raadgivning", 7)], result.Rows);
    }

    [Fact]
    public void A_comma_works_as_separator_when_the_header_uses_it() =>
        Assert.Equal([new StepCountRow("2026K1", "sel-82", 5)], Parse("kvartal,trin,antal\n2026K1,sel-82,5").Rows);

    [Theory]
    [InlineData("quarter;step;count\n2026K1;sel-85;4")]
    [InlineData("kvartal;trin\n2026K1;sel-85")]
    [InlineData("kvartal;trin;antal;note\n2026K1;sel-85;4;x")]
    public void Wrong_columns_refuse_the_file_at_line_one(string text) => Assert.Equal(1, Rejected(text).Line);

    [Fact]
    public void Every_bad_line_is_reported_with_its_number_and_reason_and_no_row_is_kept()
    {
        var result = Parse("""
            kvartal;trin;antal
            2026K1;sel-85;40
            2026K1;sel-85;41
            2026K5;sel-85;1
            2026K1;sel-999;1
            2026K1;sel-108;-3
            2026K1;sel-107;1.200
            2026K1;sel-82
            """);

        Assert.Empty(result.Rows);
        Assert.Equal([3, 4, 5, 6, 7, 8], result.Rejected.Select(r => r.Line));
        Assert.Contains("linje 2", result.Rejected[0].Reason);
        Assert.Contains("kvartal", result.Rejected[1].Reason);
        Assert.Contains("Ukendt trin", result.Rejected[2].Reason);
        Assert.Contains("negativt", result.Rejected[3].Reason);
        Assert.Contains("helt tal", result.Rejected[4].Reason);
        Assert.Contains("3 felter", result.Rejected[5].Reason);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_refuse_the_file() =>
        Assert.Contains("UTF-8", StaircaseCsv.Parse([.. Encoding.Latin1.GetBytes("kvartal;trin;antal\n2026K1;Støtte;4")], DefaultStaircase.Steps).Rejected[0].Reason);

    [Fact]
    public void Binary_garbage_refuses_the_file() =>
        Assert.Equal(0, StaircaseCsv.Parse([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], DefaultStaircase.Steps).Rejected[0].Line);

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread() =>
        Assert.Contains("for stor", StaircaseCsv.Parse(new byte[StaircaseCsv.MaxBytes + 1], DefaultStaircase.Steps).Rejected[0].Reason);

    [Fact]
    public void More_rows_than_allowed_refuse_the_file()
    {
        var text = "kvartal;trin;antal\n" + string.Concat(Enumerable.Repeat("2026K1;sel-85;1\n", StaircaseFigures.MaxImportRows + 1));
        Assert.Contains("højst", Rejected(text).Reason);
    }

    [Fact]
    public void A_file_with_only_a_header_or_nothing_at_all_is_refused()
    {
        Assert.Contains("ingen rækker", Rejected("kvartal;trin;antal\n;;\n").Reason);
        Assert.Equal(1, Rejected("").Line);
    }

    [Fact]
    public void Only_the_first_hundred_rejections_are_listed_but_all_are_counted()
    {
        var result = Parse("kvartal;trin;antal\n" + string.Concat(Enumerable.Repeat("2026K9;sel-85;1\n", 150)));
        Assert.Equal((StaircaseCsv.MaxRejectionsShown, 150), (result.Rejected.Length, result.RejectedCount));
    }
}
