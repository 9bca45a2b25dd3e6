using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.Auth;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Staircase;

namespace Recovery.Api.Staircase;

/// <summary>
/// <c>POST /imports/{code}/staircase</c> with a CSV file as the body (<c>text/csv</c>): counts per
/// quarter and step, all stored or none. Outside GraphQL because a file is not a GraphQL value.
/// Answers <c>{ accepted, version }</c>, or a problem with the rejected lines and nothing stored.
/// </summary>
internal static class StaircaseImportEndpoint
{
    private static readonly string[] FileTypes = ["text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"];

    public static IEndpointRouteBuilder MapStaircaseImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/imports/{code}/staircase", Import);
        return app;
    }

    private static async Task<IResult> Import(HttpContext http, string code)
    {
        if (http.User.ToCaller() is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Du skal være logget ind for at indlæse tal.");
        }
        if (!MunicipalityCatalog.Exists(code))
            return Problems.Of(StatusCodes.Status404NotFound, RuleViolation.Codes.NotFound, "Der findes ingen kommune med den kode.");
        if (!AccessRules.Allows(caller, code, Access.Govern))
            return Problems.Of(StatusCodes.Status403Forbidden, RuleViolation.Codes.Forbidden, caller.Municipality == code
                ? "Kun kommunens tovholder og strategiske leder kan indlæse tal i indsatstrappen."
                : "Du har ikke adgang til en anden kommunes data.");
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not null && !FileTypes.Contains(mediaType))
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, RuleViolation.Codes.Validation, "Send filen som CSV (text/csv) i selve forespørgslen.");
        if (await ReadLimited(http.Request, http.RequestAborted) is not { } content)
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, RuleViolation.Codes.Validation,
                $"Filen er for stor: højst {StaircaseCsv.MaxBytes / 1024} KB og {StaircaseFigures.MaxImportRows} rækker. Intet er gemt.");

        caller.Enter();
        try
        {
            var staircase = http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(code));
            var steps = (await staircase.View()).State.Steps;
            var parsed = StaircaseCsv.Parse(content, steps);
            if (!parsed.Accepted)
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: $"Filen blev ikke indlæst: {Lines(parsed.RejectedCount)} blev afvist. Intet er gemt.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = RuleViolation.Codes.Validation,
                        ["rejected"] = parsed.Rejected.Select(r => new { line = r.Line, reason = r.Reason }),
                        ["rejectedCount"] = parsed.RejectedCount,
                    });
            var version = await staircase.ImportCounts(new ImportStepCounts(parsed.Rows));
            return Results.Json(new { accepted = parsed.Rows.Length, version });
        }
        catch (RuleViolation e)
        {
            return Problems.Of(e.Code switch
            {
                RuleViolation.Codes.Forbidden => StatusCodes.Status403Forbidden,
                RuleViolation.Codes.Unavailable => StatusCodes.Status503ServiceUnavailable,
                RuleViolation.Codes.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            }, e.Code, e.Message);
        }
    }

    /// <summary>The body up to the limit, never more: a larger body is refused without reading the rest into memory.</summary>
    private static async Task<byte[]?> ReadLimited(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > StaircaseCsv.MaxBytes) return null;
        var buffer = new byte[StaircaseCsv.MaxBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0) return buffer[..read];
            read += n;
        }
        return null;
    }

    private static string Lines(int count) => count == 1 ? "1 linje" : $"{count} linjer";
}
