using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Recovery.Api.Auth;
using Recovery.Api.Hubs;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Workshops;

/// <summary>
/// The room's wire (docs/workshops.md): staff with their own token, guests with a workshop token.
/// Every call goes to the workshop grain, whose access filter and decider have the last word; the
/// hub only adds what a grain cannot see: the connection, the caller's name and the call rate.
/// </summary>
[Authorize(AuthenticationSchemes = $"{JwtBearerDefaults.AuthenticationScheme},{GuestTokens.Scheme}")]
internal sealed partial class WorkshopHub(
    IGrainFactory grains, WorkshopConnections connections, IOptions<WorkshopOptions> options, TimeProvider clock, ILogger<WorkshopHub> logger)
    : Hub
{
    public static string Group(string workshop) => $"workshop:{workshop}";

    public Task<Joined> Join(string workshop, long? since, bool pending) => Call(workshop, async grain =>
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(workshop));
        try
        {
            var joined = await grain.Join(Context.ConnectionId, Context.User?.FindFirstValue(CallerClaims.Name) ?? "", since, pending);
            connections.Joined(Context, workshop, joined.Me.Id);
            return joined;
        }
        catch
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(workshop));
            throw;
        }
    });

    public Task<Catch> CatchUp(string workshop, long since, bool pending) => Call(workshop, grain => grain.CatchUp(since, pending));

    public Task<Submitted> Submit(string workshop, JsonElement proposal) => Call(workshop, grain =>
    {
        var perSecond = options.Value.ProposalsPerSecond;
        var rate = (TokenBucket)(Context.Items[nameof(Submit)] ??= new TokenBucket(perSecond, perSecond * 2, clock));
        if (!rate.TryTake())
            throw RuleViolation.RateLimited("Du sender ændringer hurtigere, end serveren tager imod. Vent et øjeblik; intet er ændret.");
        return grain.Submit(ProposalJson.Read(proposal));
    });

    public Task Focus(string workshop, string? item, string? field) => Call(workshop, async grain =>
    {
        if ((item is not null && !Identifier.IsValid(item)) || field is not (null or ItemFields.Title or ItemFields.Description or ItemFields.Status
                or ItemFields.Owner or ItemFields.Due))
            throw RuleViolation.Invalid("Ukendt punkt eller felt.");
        await grain.Focus(Context.ConnectionId, item, field);
        return true;
    });

    public Task Leave(string workshop) => Call(workshop, async grain =>
    {
        // Only a connection in the room leaves it; any other call (a revoked guest's new connection) is refused, not quietly taken.
        if (!connections.Left(Context.ConnectionId, workshop)) throw RuleViolation.NotFound("Du er ikke i workshoppen.");
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(workshop));
        await grain.Leave(Context.ConnectionId);
        return true;
    });

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var workshop in connections.Disconnected(Context.ConnectionId))
        {
            try
            {
                Context.User.ToCaller()?.Enter();
                await grains.GetGrain<IWorkshopGrain>(workshop).Leave(Context.ConnectionId);
            }
            catch (Exception e)
            {
                LogLeaveFailed(e, workshop);
            }
        }
    }

    private async Task<T> Call<T>(string workshop, Func<IWorkshopGrain, Task<T>> call)
    {
        var caller = Context.User.ToCaller() ?? throw new HubException("UNAUTHENTICATED: Du skal være logget ind.");
        try
        {
            if (WorkshopKeys.Parse(workshop) is not { } parts) throw RuleViolation.NotFound("Workshoppen findes ikke.");
            // Refused here already, so another municipality's key wakes no grain.
            AccessRules.Demand(caller, parts.Municipality, Access.Participate, workshop);
            caller.Enter();
            return await call(grains.GetGrain<IWorkshopGrain>(workshop));
        }
        catch (RuleViolation e)
        {
            throw new HubException($"{e.Code}: {e.Message}");
        }
        catch (Exception e) when (e is not HubException)
        {
            LogCallFailed(e, workshop);
            throw new HubException($"{RuleViolation.Codes.Unavailable}: Serveren kunne ikke tage imod lige nu. Send ændringen igen om lidt: den bliver aldrig brugt to gange.");
        }
    }

    [LoggerMessage(LogLevel.Warning, "Leaving {Workshop} after a disconnect failed; presence clears when the room restarts")]
    private partial void LogLeaveFailed(Exception e, string workshop);

    [LoggerMessage(LogLevel.Error, "A workshop hub call for {Workshop} failed unexpectedly")]
    private partial void LogCallFailed(Exception e, string workshop);
}
