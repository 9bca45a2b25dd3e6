using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recovery.Testing;

namespace Recovery.Api.Tests;

/// <summary>Demo sign-in hands out real tokens when demo mode is on, and does not exist when it is off.</summary>
public sealed class DemoSignInTests(ApiServer demo, DemoSignInTests.DemoOff off) : IClassFixture<ApiServer>, IClassFixture<DemoSignInTests.DemoOff>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string HerningGroup = """{ municipality(code: "657") { steeringGroup { version } } }""";

    [Fact]
    public async Task A_demo_token_signs_in_as_its_persona()
    {
        var response = await demo.Client("herning-tovholder").GraphQLAsync("{ me { personId name role municipalityCode } }", ct: Ct);

        Assert.Equal("""{"personId":"p-657-mette","name":"Mette Lund","role":"tovholder","municipalityCode":"657"}""", response.At("me").GetRawText());
    }

    [Fact]
    public async Task The_persona_list_offers_every_persona_with_its_municipality()
    {
        var personas = await demo.Anonymous.GetFromJsonAsync<JsonElement[]>("/auth/personas", Ct);

        Assert.Equal(ApiServer.Personas.Order(), personas!.Select(p => p.GetProperty("id").GetString()).Order());
        var mette = Assert.Single(personas!, p => p.GetProperty("id").GetString() == "herning-tovholder");
        Assert.Equal("Herning", mette.GetProperty("municipalityName").GetString());
    }

    [Theory]
    [InlineData("""{"user": "herning-admin"}""")]
    [InlineData("""{"user": null}""")]
    [InlineData("{}")]
    public async Task An_unknown_persona_gets_a_400_that_names_the_ones_there_are(string body)
    {
        var response = await demo.Anonymous.PostAsync("/auth/demo-token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Exception", text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("UNKNOWN_PERSONA", problem.GetProperty("code").GetString());
        Assert.Contains("herning-tovholder", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("token", problem.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task With_demo_mode_off_there_is_no_persona_list()
    {
        var response = await off.Anonymous.GetAsync("/auth/personas", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_demo_mode_off_no_one_is_given_a_demo_token()
    {
        var response = await off.Anonymous.PostAsJsonAsync("/auth/demo-token", new { user = "herning-tovholder" }, Ct);

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("token", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task With_demo_mode_off_the_token_endpoint_does_not_exist()
    {
        var response = await off.Anonymous.PostAsJsonAsync("/auth/demo-token", new { user = "herning-tovholder" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_demo_mode_off_a_demo_token_signs_no_one_in()
    {
        var token = ApiServer.MintToken("p-657-mette", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1));
        using var fromDemo = off.Server.Http(demo.Tokens["herning-tovholder"]);
        using var minted = off.Server.Http(token);

        var first = await fromDemo.GraphQLAsync(HerningGroup, ct: Ct);
        var second = await minted.GraphQLAsync(HerningGroup, ct: Ct);

        Assert.Equal("UNAUTHENTICATED", first.Code);
        Assert.Equal("UNAUTHENTICATED", second.Code);
        Assert.Equal(JsonValueKind.Null, second.At("municipality", "steeringGroup").ValueKind);
    }

    [Fact]
    public async Task With_demo_mode_on_the_same_minted_token_is_accepted()
    {
        var token = ApiServer.MintToken("p-657-mette", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1));
        using var minted = demo.Server.Http(token);

        var response = await minted.GraphQLAsync(HerningGroup, ct: Ct);

        Assert.Empty(response.Errors);
        Assert.True(response.At("municipality", "steeringGroup", "version").GetInt32() > 0);
    }

    /// <summary>A server with demo mode off: no seeding, no demo issuer.</summary>
    public sealed class DemoOff : IAsyncLifetime
    {
        public RecoveryServer Server { get; private set; } = null!;
        public HttpClient Anonymous { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Server = await RecoveryServer.StartAsync(demo: false);
            Anonymous = Server.Http();
        }

        public async ValueTask DisposeAsync()
        {
            Anonymous.Dispose();
            await Server.DisposeAsync();
        }
    }
}
