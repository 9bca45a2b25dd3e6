using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Recovery.Api;

/// <summary>
/// Requests the framework refuses before any handler of ours runs (a body that is not JSON, too large or of
/// the wrong type, an unknown path or method) get the same problem+json as every other refusal: a stable
/// code and a Danish title, not an empty answer. Problems that already carry a code are left as they are.
/// </summary>
internal static class BadRequests
{
    private const string FrameworkError = "An error occurred while processing your request.";

    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code")) return;
        var (code, title) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("INVALID_REQUEST", "Forespørgslen kunne ikke læses. Send gyldig JSON som beskrevet i docs/api.md."),
            StatusCodes.Status401Unauthorized => ("UNAUTHENTICATED", "Du skal være logget ind."),
            StatusCodes.Status403Forbidden => ("FORBIDDEN", "Du har ikke adgang."),
            StatusCodes.Status404NotFound => ("NOT_FOUND", "Findes ikke."),
            StatusCodes.Status405MethodNotAllowed => ("METHOD_NOT_ALLOWED", "Metoden kan ikke bruges her."),
            StatusCodes.Status413PayloadTooLarge => ("REQUEST_TOO_LARGE", "Forespørgslen er for stor. Intet er gemt."),
            StatusCodes.Status415UnsupportedMediaType => ("UNSUPPORTED_MEDIA_TYPE", "Send forespørgslen som application/json."),
            StatusCodes.Status429TooManyRequests => (RuleViolation.Codes.RateLimited, "For mange forsøg. Vent lidt, og prøv igen."),
            >= 500 => ("INTERNAL", "Der opstod en uventet fejl. Prøv igen om lidt."),
            _ => ("INVALID_REQUEST", problem.Title ?? "Forespørgslen blev afvist."),
        };
        problem.Extensions["code"] = code;
        // Our own problems name the matter in the title; the framework's say only what the status says, in English.
        if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(problem.Status ?? 0) || problem.Title == FrameworkError) problem.Title = title;
        // A body refused unread would be taken for the next request on a kept-alive connection.
        if (problem.Status == StatusCodes.Status413PayloadTooLarge) context.HttpContext.Response.Headers.Connection = "close";
    }
}
