using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Workshops;

/// <summary><c>POST /workshops/guests</c>: a code and a display name in, a token for that one workshop out.</summary>
internal static class GuestAdmission
{
    public const string RateLimit = "guest-admission";

    public sealed record GuestRequest(string? Code, string? Name);

    public static IEndpointRouteBuilder MapGuestAdmission(this IEndpointRouteBuilder app)
    {
        app.MapPost("/workshops/guests", Admit).RequireRateLimiting(RateLimit).DisableAntiforgery().WithSmallBody();
        return app;
    }

    private static async Task<IResult> Admit(GuestRequest? request, IDocumentStore store, IGrainFactory grains, GuestTokens tokens)
    {
        try
        {
            var name = FreeText.Required(request?.Name, "Navn", FreeText.NameMax);
            var code = GuestCodes.Normalize(request?.Code);
            var workshop = await Find(store, code) ?? throw RuleViolation.NotFound("Koden passer ikke til en åben workshop. Tjek koden, eller spørg facilitator.");
            var (municipality, _) = WorkshopKeys.Parse(workshop)!.Value;
            // Until admitted, the guest is known only by the code, which the grain checks once more.
            new Caller("g-admission", municipality, Role.Guest, Scope: workshop).Enter();
            var participant = await grains.GetGrain<IWorkshopGrain>(workshop).AdmitGuest(code);
            var (token, expiresAt) = tokens.Issue(participant, name, municipality, workshop);
            return Results.Ok(new { token, workshop, participant, expiresAt });
        }
        catch (RuleViolation e)
        {
            return Problems.Of(e.Code == RuleViolation.Codes.NotFound ? 404 : 400, e);
        }
    }

    private static async Task<string?> Find(IDocumentStore store, string code)
    {
        if (code.Length != 7) return null;
        await using var session = AcrossMunicipalities.Session(store);
        var invitation = await AcrossMunicipalities.Query<WorkshopInvitation>(session).Where(i => i.Id == code).FirstOrDefaultAsync();
        return invitation?.Workshop;
    }
}
