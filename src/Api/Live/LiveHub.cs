using Microsoft.AspNetCore.Authorization;
using Marten;
using Microsoft.AspNetCore.SignalR;
using Recovery.Api.Auth;
using Recovery.Api.NationalProgress;
using Recovery.Grains.Assessments;
using Recovery.Grains.CaseReviews;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Staircase;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Live;

/// <summary>
/// Clients follow streams they are looking at (<c>steering:657</c>, <c>impl:657:bostoette</c>, <c>staircase:657</c>, <c>municipality:657</c>) and receive <c>changed</c>
/// notices for them. Joining asks the owning grain for its version, so the grain's access check
/// decides who may follow, exactly as it decides who may read.
/// </summary>
[Authorize]
internal sealed class LiveHub(IGrainFactory grains, IDocumentStore store) : Hub
{
    /// <summary>The national console's feed: one notice per change in any municipality, for the national coordinator only.</summary>
    public const string National = "national";

    /// <summary>Longer than any stream's name (<c>impl:</c>, a code and a group's short name).</summary>
    private const int MaxStreamLength = 200;

    public async Task<long> Follow(string? stream)
    {
        var caller = Context.User.ToCaller() ?? throw new HubException("UNAUTHENTICATED: Du skal være logget ind.");
        caller.Enter();
        try
        {
            if (stream is not { Length: > 0 and <= MaxStreamLength }) throw UnknownStream();
            var version = await CurrentVersion(stream);
            await Groups.AddToGroupAsync(Context.ConnectionId, stream);
            return version;
        }
        catch (RuleViolation e)
        {
            throw Refusal(e);
        }
    }

    public Task Unfollow(string? stream) =>
        stream is { Length: > 0 and <= MaxStreamLength } ? Groups.RemoveFromGroupAsync(Context.ConnectionId, stream) : throw Refusal(UnknownStream());

    private async Task<long> CurrentVersion(string stream) => stream.Split(':') switch
    {
        [National] => NationalFeed(),
        ["steering", var code] when MunicipalityCatalog.Exists(code) =>
            (await grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(code)).View()).Version,
        ["impl", var code, var slug] when MunicipalityCatalog.Exists(code) && ImplementationGroupKeys.IsValidSlug(slug)
                                           && await grains.HasGroup(code, ImplementationGroupKeys.Grain(code, slug)) =>
            (await grains.GetGrain<IImplementationGroupGrain>(ImplementationGroupKeys.Grain(code, slug)).View()).Version,
        ["temperature", var code, var id] when MunicipalityCatalog.Exists(code) && Identifier.IsValid(id) && await RoundExists(code, id) =>
            (await grains.GetGrain<ITemperatureRoundGrain>(TemperatureRoundKeys.Grain(code, id)).View()).Version,
        ["case-review", var code, var id] when MunicipalityCatalog.Exists(code) && Identifier.IsValid(id) && await ReviewExists(code, id) =>
            (await grains.GetGrain<ICaseReviewGrain>(CaseReviewKeys.Grain(code, id)).View()).Version,
        ["staircase", var code] when MunicipalityCatalog.Exists(code) =>
            (await grains.GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(code)).View()).Version,
        ["municipality", var code] when MunicipalityCatalog.Exists(code) =>
            (await grains.GetGrain<IMunicipalityGrain>(code).View()).Version,
        _ => throw UnknownStream(),
    };

    private static RuleViolation UnknownStream() => RuleViolation.NotFound("Ukendt strøm.");

    /// <summary>How a hub client receives a refusal: its code, then the Danish message.</summary>
    private static HubException Refusal(RuleViolation violation) => new($"{violation.Code}: {violation.Message}");

    private static long NationalFeed()
    {
        NationalProgressQueries.RequireCoordinator(Caller.Current!);
        return 0;
    }

    /// <summary>A round's summary says it exists, so a guessed id wakes no grain; asked only after the caller may read the municipality.</summary>
    private async Task<bool> RoundExists(string code, string id)
    {
        AccessRules.Demand(Caller.Current!, code, Access.Read);
        await using var session = store.QuerySession(code);
        return await session.LoadAsync<TemperatureRoundSummary>(TemperatureRoundKeys.Stream(code, id)) is not null;
    }

    /// <summary>As for rounds: a guessed review id wakes no grain.</summary>
    private async Task<bool> ReviewExists(string code, string id)
    {
        AccessRules.Demand(Caller.Current!, code, Access.Read);
        await using var session = store.QuerySession(code);
        return await session.LoadAsync<CaseReviewSummary>(CaseReviewKeys.Stream(code, id)) is not null;
    }
}
