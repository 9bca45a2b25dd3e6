using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Recovery.Api.Auth;
using Recovery.Api.Workshops;
using Recovery.Grains.Shared;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// A workshop guest's token, from the catalogue's side: it opens its own workshop's hub methods and
/// nothing else, and after revocation or expiry not even those. (A guest of another workshop on every
/// operation is part of <see cref="IsolationMatrixTests"/>.)
/// </summary>
[Collection(IsolationCollection.Name)]
public sealed class GuestTokenTests(MatrixServer api)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<(string Method, object?[] Arguments)> WorkshopCalls(Target t) =>
        Catalogue.All.OfType<HubEntry>().Where(e => e.Operation.StartsWith($"{nameof(WorkshopHub)}.", StringComparison.Ordinal))
            .SelectMany(e => e.Calls(t).Select(a => (Operations.Split(e.Operation).Field, a)));

    [Fact]
    public async Task A_guest_may_use_every_workshop_method_on_its_own_workshop_and_no_graphql_field_or_live_stream()
    {
        var pass = await Rooms.AdmitAsync(api.Anonymous, api.Herning.Room.Code, "Gæst", Ct);
        await using var hub = await ConnectAsync(pass.Token);

        foreach (var (method, arguments) in WorkshopCalls(api.Herning))
            await hub.InvokeCoreAsync(method, typeof(object), arguments, Ct);

        // The GraphQL endpoint does not take the token at all: the guest is anonymous there.
        var me = await api.Server.Http(pass.Token).GraphQLAsync("{ me { personId } }", ct: Ct);
        var plan = await api.Server.Http(pass.Token).GraphQLAsync("{ municipality(code: \"657\") { steeringGroup { version } } }", ct: Ct);
        Assert.True(Operations.HoldsNothing(me, ["me"]), me.Body);
        Assert.Equal(["UNAUTHENTICATED"], plan.Codes);
        var live = await Assert.ThrowsAsync<HttpRequestException>(() => api.Server.LiveAsync(pass.Token, Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, live.StatusCode);
    }

    [Fact]
    public async Task A_revoked_guest_token_opens_no_workshop_method_not_even_on_its_own_workshop_and_stores_nothing()
    {
        var pass = await Rooms.AdmitAsync(api.Anonymous, api.Herning.Room.Code, "Bortvist", Ct);
        await using (var seated = await ConnectAsync(pass.Token))
            await seated.InvokeAsync<object>("Join", api.Herning.Room.Workshop, null, false, Ct);
        await Rooms.GraphQL(api.Client("herning-tovholder"), """
            mutation($code: String!, $id: ID!, $p: ID!) { revokeWorkshopGuest(municipalityCode: $code, id: $id, participant: $p) { version } }
            """, new { code = "657", id = api.Herning.Room.Id, p = pass.Participant }, Ct);
        await using var again = await ConnectAsync(pass.Token);

        foreach (var (method, arguments) in WorkshopCalls(api.Herning))
        {
            var before = await api.EventMarkAsync(Ct);
            var refusal = await Record.ExceptionAsync(() => again.InvokeCoreAsync(method, typeof(object), arguments, Ct));
            Assert.True(refusal is HubException e && Workshops.Hub.Code(e) is "FORBIDDEN" or "NOT_FOUND", $"{method}: {refusal?.Message ?? "not refused"}");
            Assert.Equal(before, await api.EventMarkAsync(Ct));
        }
    }

    [Fact]
    public async Task An_expired_guest_token_is_turned_away_at_the_hub_door_while_the_same_token_unexpired_gets_in()
    {
        var room = api.Herning.Room;
        var now = DateTime.UtcNow;

        await using var valid = await ConnectAsync(GuestToken(room, now.AddMinutes(-1), now.AddMinutes(5)));
        await valid.InvokeAsync<object>("CatchUp", room.Workshop, 0L, true, Ct);
        var expired = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(GuestToken(room, now.AddHours(-13), now.AddHours(-1))));

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    /// <summary>A guest token as the door issues it (<see cref="GuestTokens.Issue"/>), with a lifetime of the test's choosing.</summary>
    private string GuestToken(OpenRoom room, DateTime notBefore, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = GuestTokens.Issuer,
            Audience = GuestTokens.Audience,
            Claims = new Dictionary<string, object>
            {
                [CallerClaims.PersonId] = $"g-{Guid.NewGuid():N}", [CallerClaims.Name] = "Gæst", [CallerClaims.Role] = Role.Guest.ToClaim(),
                [CallerClaims.Municipality] = room.Municipality, [CallerClaims.Scope] = room.Workshop,
            },
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(api.Server.Services.GetRequiredService<GuestTokens>().Key, SecurityAlgorithms.HmacSha256),
        });

    private async Task<HubConnection> ConnectAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.Address, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync(Ct);
        return connection;
    }
}

/// <summary>The ceiling on a guest token's lifetime holds whatever the configuration says.</summary>
public sealed class GuestTokenLifetimeTests
{
    [Theory]
    [InlineData("12:00:00", true)]
    [InlineData("1.00:00:00", true)]
    [InlineData("1.00:00:01", false)]
    [InlineData("7.00:00:00", false)]
    [InlineData("00:00:00", false)]
    public void A_server_takes_a_guest_token_lifetime_of_at_most_a_day(string lifetime, bool taken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{WorkshopOptions.Section}:{nameof(WorkshopOptions.GuestTokenLifetime)}"] = lifetime })
            .Build();
        using var services = new ServiceCollection().AddRecoveryWorkshops(configuration).BuildServiceProvider();

        var read = Record.Exception(() => services.GetRequiredService<IOptions<WorkshopOptions>>().Value);

        Assert.Equal(taken, read is null);
        if (taken) Assert.Equal(TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture), services.GetRequiredService<IOptions<WorkshopOptions>>().Value.GuestTokenLifetime);
    }
}
