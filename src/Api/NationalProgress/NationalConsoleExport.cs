using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;
using Recovery.Api.Exports;
using Recovery.Api.History;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.NationalProgress;

/// <summary>
/// <c>GET /exports/national/kommuner.{csv|xlsx}?region=…&amp;phase=…</c>: the console's table as a
/// file, for the national coordinator. Every row of the filter, not one page: it holds no names or text.
/// </summary>
internal static class NationalConsoleExport
{
    private static readonly string[] Headers =
    [
        "Kode", "Kommune", "Region", "Fase", "Tjekliste udført", "Seneste temperaturmåling", "Gennemsnit",
        .. Enum.GetValues<OrganisationalPrerequisite>().Select(p => $"{(int)p}. {p.DanishTitle()}"),
        "Planlagt", "I gang", "På pause", "Færdige", "Forsinkede", "Workshops afholdt", "Seneste workshop", "Borgere i grupperne",
        .. Enum.GetValues<Role>().Where(r => r is not (Role.NationalCoordinator or Role.Guest)).Select(r => r.Danish()),
    ];

    public static IEndpointRouteBuilder MapNationalConsoleExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/national/kommuner.{format}", Export);
        return app;
    }

    private static async Task<IResult> Export(HttpContext http, string format, string? region, string? phase)
    {
        if (format is not ("csv" or "xlsx")) return Problems.Of(StatusCodes.Status404NotFound, RuleViolation.Codes.NotFound, "Filen findes kun som .csv og .xlsx.");
        if (http.User.ToCaller() is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Du skal være logget ind for at eksportere.");
        }
        try
        {
            NationalProgressQueries.RequireCoordinator(caller);
            var board = http.RequestServices.GetRequiredService<ProgressBoard>();
            var all = await board.All(http.RequestAborted);
            var rows = NationalConsole.Filter(all, string.IsNullOrEmpty(region) ? null : region, Phase(phase)).Select(Row).ToArray();
            http.Response.Headers.ContentDisposition = ExportFileName.ContentDisposition(
                ExportFileName.Name("Alle kommuner", "fremdrift", board.Today, format));
            http.Response.Headers.CacheControl = "no-store";
            var table = new ExportTable("Fremdrift", Headers, rows);
            return format == "csv"
                ? Results.Bytes(CsvExport.Write(table), CsvExport.ContentType)
                : Results.Bytes(XlsxExport.Write(table), XlsxExport.ContentType);
        }
        catch (RuleViolation e)
        {
            return Problems.Of(e.Code == RuleViolation.Codes.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest, e.Code, e.Message);
        }
    }

    /// <summary>The phase as GraphQL writes it (<c>TRIAL_AND_DEVELOPMENT</c>), so the page can pass its filter on.</summary>
    private static ProgrammePhase? Phase(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var phase in ProgrammePhases.All)
            if (phase.ToString().ToConstantCase() == text) return phase;
        throw RuleViolation.Invalid("Ukendt fase.");
    }

    private static IReadOnlyList<ExportCell> Row(MunicipalityProgressModel m)
    {
        var round = m.LastRound;
        var actions = m.Actions;
        return
        [
            m.Municipality.Code, m.Municipality.Name, m.Municipality.Region, m.Programme.Phase.DanishTitle(),
            ExportCell.Number(m.Programme.Ticked.Length),
            ExportCell.Date(round?.ClosedAt is { } closed ? DanishTime.Day(closed) : null), Number(round is null ? null : RoundMean.Of(round)),
            .. Enum.GetValues<OrganisationalPrerequisite>().Select(p => Number(round?.Results.FirstOrDefault(r => r.Prerequisite == p)?.Mean)),
            ExportCell.Number(actions.Planned), ExportCell.Number(actions.InProgress), ExportCell.Number(actions.OnHold),
            ExportCell.Number(actions.Done), ExportCell.Number(actions.Overdue),
            ExportCell.Number(m.WorkshopsHeld.Count()),
            ExportCell.Date(m.WorkshopsHeld.Select(w => (DateOnly?)DanishTime.Day(w.HeldAt)).Max()),
            m.CitizensTakePart ? "Ja" : "Nej",
            .. Enum.GetValues<Role>().Where(r => r is not (Role.NationalCoordinator or Role.Guest))
                .Select(r => ExportCell.Number(m.Participants.GetValueOrDefault(r))),
        ];
    }

    private static ExportCell Number(double? value) => value is { } v ? ExportCell.Number((decimal)Math.Round(v, 2)) : "";
}
