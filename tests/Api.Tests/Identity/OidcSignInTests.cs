using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recovery.Testing;
using Recovery.Testing.Identity;

namespace Recovery.Api.Tests.Identity;

/// <summary>
/// Sign-in through an OpenID Connect provider, over real HTTP against a real provider on a loopback port:
/// the code flow with PKCE, the claims mapping, the refusals, and the provider's access tokens as bearer tokens.
/// </summary>
public sealed class OidcSignInTests(ProviderSignIn fixture) : IClassFixture<ProviderSignIn>
{
    private const string Me = "{ me { personId name role municipalityCode } }";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Start => new(fixture.Server.Address, "/auth/oidc");

    private static Dictionary<string, object> Person(string sub, string[] groups, string? organisation = ProviderSignIn.HerningCvr)
    {
        var claims = new Dictionary<string, object> { ["sub"] = sub, ["name"] = "Anne Holm", ["groups"] = groups };
        if (organisation is not null) claims["organisation"] = organisation;
        return claims;
    }

    private async Task<JsonElement> MeAsync(string token)
    {
        using var http = fixture.Server.Http(token);
        return (await http.GraphQLAsync(Me, ct: Ct)).At("me");
    }

    [Fact]
    public async Task Signing_in_through_the_provider_gives_a_session_token_with_the_mapped_role_and_municipality()
    {
        fixture.Provider.SignInAs(Person("kombit-4711", [ProviderSignIn.TovholderGroup]));
        var exchanges = fixture.Provider.VerifiedExchanges;

        var (fragment, hops) = await ProviderSignIn.SignInAsync(Start);

        Assert.StartsWith("#token=", fragment, StringComparison.Ordinal);
        Assert.Equal(exchanges + 1, fixture.Provider.VerifiedExchanges);
        Assert.Contains(hops, h => h.AbsolutePath == "/auth/oidc/callback" && h.Query.Contains("code=", StringComparison.Ordinal));
        Assert.Equal("""{"personId":"kombit-4711","name":"Anne Holm","role":"tovholder","municipalityCode":"657"}""",
            (await MeAsync(fragment["#token=".Length..])).GetRawText());
    }

    [Theory]
    [InlineData("tovholder", ProviderSignIn.StaffGroup, ProviderSignIn.TovholderGroup)]
    [InlineData("tovholder", ProviderSignIn.TovholderGroup, ProviderSignIn.LeaderGroup, "a group Recovery does not know")]
    [InlineData("strategic-leader", ProviderSignIn.LeaderGroup, ProviderSignIn.StaffGroup)]
    [InlineData("staff", "tovholder", ProviderSignIn.StaffGroup)]
    public async Task Of_several_groups_the_most_responsible_mapped_role_counts_and_unmapped_values_give_nothing(string role, params string[] groups)
    {
        fixture.Provider.SignInAs(Person("kombit-groups", groups));

        var (fragment, _) = await ProviderSignIn.SignInAsync(Start);

        Assert.Equal(role, (await MeAsync(fragment["#token=".Length..])).GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_national_coordinator_belongs_to_no_municipality_and_needs_none()
    {
        fixture.Provider.SignInAs(Person("kombit-national", [ProviderSignIn.CoordinatorGroup], organisation: null));

        var (fragment, _) = await ProviderSignIn.SignInAsync(Start);

        var me = await MeAsync(fragment["#token=".Length..]);
        Assert.Equal("national-coordinator", me.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("municipalityCode").ValueKind);
    }

    [Theory]
    [InlineData("NO_ROLE", new[] { "http://roles.example.dk/other-system/admin" }, ProviderSignIn.HerningCvr)]
    [InlineData("NO_ROLE", new[] { "guest" }, ProviderSignIn.HerningCvr)]
    [InlineData("NO_MUNICIPALITY", new[] { ProviderSignIn.TovholderGroup }, null)]
    [InlineData("NO_MUNICIPALITY", new[] { ProviderSignIn.TovholderGroup }, "12345678")]
    public async Task A_person_the_mapping_cannot_place_gets_the_reason_and_no_token(string reason, string[] groups, string? organisation)
    {
        fixture.Provider.SignInAs(Person("kombit-refused", groups, organisation));

        var (fragment, hops) = await ProviderSignIn.SignInAsync(Start);

        Assert.Equal($"#fejl={reason}", fragment);
        Assert.DoesNotContain(hops, h => h.ToString().Contains("token=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_callback_the_server_did_not_start_signs_no_one_in()
    {
        fixture.Provider.SignInAs(Person("kombit-forged", [ProviderSignIn.TovholderGroup]));

        var (fragment, _) = await ProviderSignIn.SignInAsync(new Uri(fixture.Server.Address, "/auth/oidc/callback?code=made-up&state=made-up"));

        Assert.Equal("#fejl=SIGN_IN_FAILED", fragment);
    }

    [Fact]
    public async Task The_provider_may_send_the_browser_back_to_another_silo_and_each_silo_accepts_the_others_session()
    {
        await using var other = await RecoveryServer.StartAsync(demo: false, settings: ProviderSignIn.Settings(fixture.Provider.Issuer));
        fixture.Provider.SignInAs(Person("kombit-two-silos", [ProviderSignIn.TovholderGroup]));

        var (fragment, hops) = await ProviderSignIn.SignInAsync(Start, location => location.AbsolutePath == "/auth/oidc/callback"
            ? new UriBuilder(location) { Port = other.Address.Port }.Uri
            : location);

        Assert.Contains(hops, h => h.Port == other.Address.Port);
        Assert.Equal("tovholder", (await MeAsync(fragment["#token=".Length..])).GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_sign_in_page_is_told_the_provider_and_that_there_is_no_demo()
    {
        using var http = fixture.Server.Http();

        var options = await http.GetFromJsonAsync<JsonElement>("/auth/options", Ct);
        var demoToken = await http.PostAsJsonAsync("/auth/demo-token", new { user = "herning-tovholder" }, Ct);

        Assert.Equal("""{"demo":false,"provider":{"displayName":"Kommunens login","signInPath":"/auth/oidc"}}""", options.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, demoToken.StatusCode);
    }

    [Fact]
    public async Task The_providers_access_token_used_as_bearer_is_mapped_the_same_way()
    {
        var token = fixture.Provider.AccessToken(Person("kombit-api", [ProviderSignIn.LeaderGroup, ProviderSignIn.StaffGroup]));

        Assert.Equal("""{"personId":"kombit-api","name":"Anne Holm","role":"strategic-leader","municipalityCode":"657"}""",
            (await MeAsync(token)).GetRawText());
    }

    [Fact]
    public async Task An_access_token_the_mapping_cannot_place_is_refused()
    {
        using var http = fixture.Server.Http(fixture.Provider.AccessToken(Person("kombit-api", ["unknown"])));

        var response = await http.GraphQLAsync(Me, ct: Ct);

        Assert.Equal(JsonValueKind.Null, response.At("me").ValueKind);
    }

    [Fact]
    public async Task A_provider_token_for_another_audience_is_refused()
    {
        using var http = fixture.Server.Http(fixture.Provider.AccessToken(Person("kombit-api", [ProviderSignIn.TovholderGroup]), audience: "another-api"));

        Assert.Equal(JsonValueKind.Null, (await http.GraphQLAsync(Me, ct: Ct)).At("me").ValueKind);
    }

    [Fact]
    public async Task Tokens_from_an_untrusted_provider_or_under_another_issuers_name_are_refused()
    {
        await using var stranger = await OidcProvider.StartAsync();
        var person = Person("kombit-api", [ProviderSignIn.TovholderGroup]);
        string[] tokens =
        [
            stranger.AccessToken(person),
            // The trusted provider's name on a stranger's signature.
            stranger.AccessToken(person, issuer: fixture.Provider.Issuer),
            // The trusted provider's signature on Recovery's own issuer name, with claims that need no mapping.
            fixture.Provider.AccessToken(new() { ["sub"] = "p-657-x", ["role"] = "tovholder", ["municipality"] = "657" }, issuer: "recovery"),
            RecoverySessionWithWrongKey(),
        ];

        foreach (var token in tokens)
        {
            using var http = fixture.Server.Http(token);
            Assert.Equal(JsonValueKind.Null, (await http.GraphQLAsync(Me, ct: Ct)).At("me").ValueKind);
        }
    }

    /// <summary>A session token as Recovery would issue it, signed with the demo key the tests know rather than the configured one.</summary>
    private static string RecoverySessionWithWrongKey() =>
        ApiServer.MintToken("p-657-mette", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1), issuer: "recovery");
}
