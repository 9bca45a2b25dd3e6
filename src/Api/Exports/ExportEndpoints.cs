using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;
using Recovery.Api.History;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Exports;

/// <summary>
/// <c>GET /exports/{code}/…{.csv|.xlsx}</c>: plans and decision logs as files. Only the municipality's
/// own people may export, not the national coordinator: files hold names and free text that, once
/// downloaded, no access rule can take back.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports/{code}");
        exports.MapGet("/styregruppe/udviklingsplan.{format}", (HttpContext http, string code, string format) =>
            Export(http, code, format, SteeringGroupExports.DevelopmentPlan, "Styregruppen er ikke oprettet endnu."));
        exports.MapGet("/styregruppe/beslutninger.{format}", (HttpContext http, string code, string format) =>
            Export(http, code, format, SteeringGroupExports.Decisions, "Styregruppen er ikke oprettet endnu."));
        exports.MapGet("/implementeringsgrupper/{slug}/plan.{format}", (HttpContext http, string code, string slug, string format) =>
            Export(http, code, format, r => ImplementationGroupExports.Plan(r, slug), "Implementeringsgruppen findes ikke."));
        exports.MapGet("/implementeringsgrupper/{slug}/beslutninger.{format}", (HttpContext http, string code, string slug, string format) =>
            Export(http, code, format, r => ImplementationGroupExports.Decisions(r, slug), "Implementeringsgruppen findes ikke."));
        return app;
    }

    private static async Task<IResult> Export(
        HttpContext http, string code, string format, Func<ExportRequest, Task<ExportContent?>> build, string missing)
    {
        if (format is not ("csv" or "xlsx")) return Problems.Of(StatusCodes.Status404NotFound, RuleViolation.Codes.NotFound, "Filen findes kun som .csv og .xlsx.");
        if (http.User.ToCaller() is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Du skal være logget ind for at eksportere.");
        }
        if (MunicipalityCatalog.Find(code) is not { } municipality)
            return Problems.Of(StatusCodes.Status404NotFound, RuleViolation.Codes.NotFound, "Der findes ingen kommune med den kode.");
        if (!AccessRules.Allows(caller, code, Access.Contribute))
            return Problems.Of(StatusCodes.Status403Forbidden, RuleViolation.Codes.Forbidden,
                "Kun kommunens egne folk kan eksportere: filerne indeholder navne og fritekst.");
        caller.Enter();
        ExportContent? content;
        try
        {
            var services = http.RequestServices;
            content = await build(new ExportRequest(municipality, caller,
                services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<IDocumentStore>()));
        }
        catch (RuleViolation e)
        {
            return Problems.Of(e.Code switch
            {
                RuleViolation.Codes.Forbidden => StatusCodes.Status403Forbidden,
                RuleViolation.Codes.NotFound => StatusCodes.Status404NotFound,
                RuleViolation.Codes.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status409Conflict,
            }, e.Code, e.Message);
        }
        if (content is null) return Problems.Of(StatusCodes.Status404NotFound, RuleViolation.Codes.NotFound, missing);

        var csv = format == "csv";
        var today = DanishTime.Day(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var fileName = ExportFileName.Name(municipality.Name, content.FileStem, today, format);
        http.Response.Headers.ContentDisposition = ExportFileName.ContentDisposition(fileName);
        // Names and citizens' words: neither the browser nor a proxy should keep a copy.
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(csv ? CsvExport.Write(content.Table) : XlsxExport.Write(content.Table),
            csv ? CsvExport.ContentType : XlsxExport.ContentType);
    }
}
