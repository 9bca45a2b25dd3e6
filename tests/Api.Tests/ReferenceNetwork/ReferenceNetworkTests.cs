using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.Municipalities;
using Recovery.Grains.ReferenceNetwork;
using Recovery.Grains.Shared;

namespace Recovery.Api.Tests.ReferenceNetwork;

/// <summary>
/// The reference network through real HTTP: strategic leaders opt in, the coordinator publishes, and
/// what each viewer gets back: own figures only for the municipality's own people, distributions
/// only for members and the coordinator, never anything that lets a leaver's value be worked out.
/// </summary>
public sealed class ReferenceNetworkTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Join = "mutation($code: String!) { joinReferenceNetwork(municipalityCode: $code) { version } }";
    private const string Leave = "mutation($code: String!) { leaveReferenceNetwork(municipalityCode: $code) { version } }";
    private const string Publish = "mutation { publishReferenceNetworkEdition { id publishedAt } }";
    private const string SetKeyFigures = """
        mutation($code: String!, $share: Decimal) {
          setKeyFigures(input: { municipalityCode: $code, quarter: "2099K4", educationOrEmploymentShare: $share }) { version }
        }
        """;
    private const string Read = """
        query($code: String!, $edition: Int) {
          referenceNetwork(code: $code) {
            member mayJoin mayLeave mayPublish editions { id }
            comparison(edition: $edition) { edition showsOwnFigures rows { metric group label own ownHidden n median q1 q3 suppressed } }
          }
        }
        """;

    private HttpClient Leader(string code) =>
        api.Server.Http(ApiServer.MintToken($"p-{code}-leder", "strategic-leader", code, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)));

    private static async Task<JsonElement> Ok(Task<GraphQLResponse> request)
    {
        var response = await request;
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data;
    }

    private static JsonElement Row(JsonElement network, string metric) =>
        network.GetProperty("comparison").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("metric").GetString() == metric);

    private async Task<JsonElement> Network(HttpClient client, string code, int? edition = null) =>
        (await Ok(client.GraphQLAsync(Read, new { code, edition }, ct: Ct))).GetProperty("referenceNetwork");

    [Fact]
    public async Task When_one_of_six_leaves_the_next_edition_hides_the_figures_and_the_earlier_one_stays_as_published()
    {
        string[] six = ["101", "147", "151", "153", "155", "157"];
        foreach (var (code, i) in six.Select((c, i) => (c, i)))
        {
            await Ok(Leader(code).GraphQLAsync(Join, new { code }, ct: Ct));
            await Ok(Leader(code).GraphQLAsync(SetKeyFigures, new { code, share = 10 + 10 * i }, ct: Ct));
        }
        var first = (await Ok(api.Client("national").GraphQLAsync(Publish, ct: Ct))).GetProperty("publishReferenceNetworkEdition").GetProperty("id").GetInt32();
        var asPublished = Row(await Network(Leader("101"), "101"), "key-education-employment");

        await Ok(Leader("157").GraphQLAsync(Leave, new { code = "157" }, ct: Ct));
        var second = (await Ok(api.Client("national").GraphQLAsync(Publish, ct: Ct))).GetProperty("publishReferenceNetworkEdition").GetProperty("id").GetInt32();

        Assert.Equal(first + 1, second);
        Assert.Equal((6, 35.0, 22.5, 47.5, 10.0), (asPublished.GetProperty("n").GetInt32(), asPublished.GetProperty("median").GetDouble(),
            asPublished.GetProperty("q1").GetDouble(), asPublished.GetProperty("q3").GetDouble(), asPublished.GetProperty("own").GetDouble()));
        foreach (var code in six[..5])
        {
            var latest = Row(await Network(Leader(code), code), "key-education-employment");
            Assert.Equal("Skjult: medlemskredsen har ændret sig for lidt siden sidst", latest.GetProperty("suppressed").GetString());
            Assert.All(new[] { "n", "median", "q1", "q3" }, field => Assert.Equal(JsonValueKind.Null, latest.GetProperty(field).ValueKind));
            Assert.Equal(asPublished.GetRawText().Replace("\"own\":10", ""),
                Row(await Network(Leader(code), code, first), "key-education-employment").GetRawText().Replace($"\"own\":{10 + 10 * Array.IndexOf(six, code)}", ""));
        }
        var leaver = await Network(Leader("157"), "157");
        Assert.False(leaver.GetProperty("member").GetBoolean());
        Assert.True(leaver.GetProperty("mayJoin").GetBoolean());
        Assert.Equal(0, leaver.GetProperty("editions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, leaver.GetProperty("comparison").ValueKind);
    }

    [Fact]
    public async Task The_coordinator_sees_the_distributions_and_never_a_municipalitys_own_figures()
    {
        await Ok(Leader("159").GraphQLAsync(Join, new { code = "159" }, ct: Ct));
        await Ok(api.Client("national").GraphQLAsync(Publish, ct: Ct));

        var network = await Network(api.Client("national"), "159");

        Assert.True(network.GetProperty("mayPublish").GetBoolean());
        Assert.False(network.GetProperty("mayJoin").GetBoolean());
        Assert.False(network.GetProperty("comparison").GetProperty("showsOwnFigures").GetBoolean());
        Assert.All(network.GetProperty("comparison").GetProperty("rows").EnumerateArray(),
            row => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (row.GetProperty("own").ValueKind, row.GetProperty("ownHidden").ValueKind)));
    }

    [Fact]
    public async Task Another_municipality_reads_nothing_and_a_non_member_sees_only_that_it_may_join()
    {
        var refused = await api.Client("roskilde-leder").GraphQLAsync(Read, new { code = "657" }, ct: Ct);
        var own = await Network(api.Client("roskilde-leder"), "265");
        var staff = await Network(api.Client("herning-tovholder"), "657");

        Assert.Equal("FORBIDDEN", refused.Code);
        Assert.False(refused.HasData);
        Assert.Equal((false, true, false), (own.GetProperty("member").GetBoolean(), own.GetProperty("mayJoin").GetBoolean(), own.GetProperty("mayPublish").GetBoolean()));
        Assert.Equal(0, own.GetProperty("editions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("comparison").ValueKind);
        Assert.False(staff.GetProperty("mayJoin").GetBoolean());
    }

    [Theory]
    [InlineData("herning-tovholder", Join, "657", "FORBIDDEN")]
    [InlineData("national", Join, "657", "FORBIDDEN")]
    [InlineData("roskilde-leder", Join, "657", "FORBIDDEN")]
    [InlineData("herning-chef", Join, "999", "NOT_FOUND")]
    [InlineData("herning-chef", Join, "657; drop", "NOT_FOUND")]
    [InlineData("herning-chef", Publish, null, "FORBIDDEN")]
    [InlineData("roskilde-leder", Publish, null, "FORBIDDEN")]
    [InlineData(null, Join, "265", "UNAUTHENTICATED")]
    public async Task A_refused_or_forged_request_gets_a_clear_error_and_stores_nothing(string? persona, string mutation, string? code, string expected)
    {
        var response = await api.StoresNothingAsync(() => api.Client(persona).GraphQLAsync(mutation, code is null ? null : new { code }, ct: Ct), Ct);

        Assert.Equal(expected, response.Code);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_forged_code_in_the_query_is_not_found() =>
        Assert.Equal("NOT_FOUND", (await api.Client("national").GraphQLAsync(Read, new { code = "0657" }, ct: Ct)).Code);

    [Fact]
    public async Task The_network_grain_itself_refuses_readers_outside_the_network_whoever_calls_it()
    {
        var grains = api.Server.Services.GetRequiredService<IGrainFactory>();
        var network = grains.GetGrain<IReferenceNetworkGrain>(0);
        var member = new Caller("p-163-leder", "163", Role.StrategicLeader);
        member.Enter();
        await grains.GetGrain<IMunicipalityGrain>("163").JoinReferenceNetwork(new());
        Caller[] outsiders =
        [
            new("p-165-leder", "165", Role.StrategicLeader),
            new("B-7KQ4MX", "163", Role.Citizen, Scope: "163/citizen/B-7KQ4MX"),
            new("g-1", "163", Role.Guest, Scope: "163/workshop/w-1"),
            new("p-nobody", null, Role.StrategicLeader),
        ];
        foreach (var outsider in outsiders)
        {
            outsider.Enter();
            Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(() => network.Edition(null))).Code);
            Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(network.Editions)).Code);
            Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(network.Publish)).Code);
        }
        member.Enter();
        await network.Editions();
        Assert.Equal(RuleViolation.Codes.Forbidden, (await Assert.ThrowsAsync<RuleViolation>(network.Publish)).Code);
    }
}
