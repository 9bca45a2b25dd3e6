using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recovery.Grains.CitizenMeasures;

namespace Recovery.Api.CitizenMeasures;

/// <summary><c>POST /citizens/sign-in</c>: a personal code in, a short-lived token for that one citizen's record out.</summary>
internal static class CitizenSignIn
{
    public const string RateLimit = "citizen-sign-in";

    public sealed record SignInRequest(string? Code);

    public static IEndpointRouteBuilder MapCitizenSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/citizens/sign-in", SignIn).RequireRateLimiting(RateLimit).DisableAntiforgery().WithSmallBody();
        return app;
    }

    private static async Task<IResult> SignIn(SignInRequest? request, IDocumentStore store, IGrainFactory grains, CitizenTokens tokens)
    {
        try
        {
            var code = PersonalCodes.Normalize(request?.Code) ?? throw RuleViolation.NotFound(PersonalCodeEntry.Unknown);
            var hash = PersonalCodes.Hash(code);
            var citizen = await Find(store, hash) ?? throw RuleViolation.NotFound(PersonalCodeEntry.Unknown);
            var municipality = TenantKeys.Tenant(citizen);
            var pseudonym = CitizenKeys.Pseudonym(citizen);
            // The grain checks the code once more: a replaced code's entry may still be on its way out.
            new Caller(pseudonym, municipality, Role.Citizen, Scope: citizen).Enter();
            await grains.GetGrain<ICitizenGrain>(citizen).Admit(hash);
            var (token, expiresAt) = tokens.Issue(pseudonym, municipality, citizen);
            return Results.Ok(new { token, municipality, pseudonym, expiresAt });
        }
        catch (RuleViolation e)
        {
            return Problems.Of(e.Code == RuleViolation.Codes.NotFound ? 404 : 400, e);
        }
    }

    private static async Task<string?> Find(IDocumentStore store, string hash)
    {
        await using var session = AcrossMunicipalities.Session(store);
        var entry = await AcrossMunicipalities.Query<PersonalCodeEntry>(session).Where(e => e.Id == hash).FirstOrDefaultAsync();
        return entry?.Citizen;
    }
}
