using System.Net;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Recovery.Grains.NationalProgress;
using Recovery.Grains.Shared;

namespace Recovery.Api.Tests.NationalProgress;

/// <summary>The national console over real HTTP: what the coordinator sees, what nobody else may, and that it never shows names or text.</summary>
public sealed class NationalConsoleTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Row = """
        code name region phase phaseTitle joinedAt checklistDone checklistTotal citizensTakePart
        lastTemperatureRound { closedAt questionnaireVersion respondents mean results { prerequisite title mean } }
        actions { planned inProgress onHold done overdue total }
        workshops { planned held lastHeldAt }
        participants { role label count }
        """;

    private const string Detail = $$"""
        {{Row}}
        temperatureRounds { closedAt mean }
        groups { kind name members participants { role count } actions { total done overdue } topics { kind number title actions { total } } workshopsHeld }
        """;

    private const string Console = $$"""
        query($region: String, $phase: ProgrammePhase, $first: Int, $after: String) {
          nationalConsole(region: $region, phase: $phase, first: $first, after: $after) {
            asOf participating totalCount pageInfo { hasNextPage endCursor }
            municipalities { {{Row}} }
            regions { region municipalities participating phases { phase count } actions { total overdue } workshopsHeld citizensTakePart temperatureMean }
            trends { quarter joined workshopsHeld temperatureRounds temperatureMean actionsDone }
          }
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_coordinator_sees_Hernings_phase_checklist_rounds_actions_and_citizens_as_counts_without_a_name_or_a_title()
    {
        var response = await api.Client("national").GraphQLAsync(Console, new { region = "Midtjylland" }, ct: Ct);

        Assert.True(response.Errors.Count == 0, response.ToString());
        var herning = Single(response, "657");
        Assert.Equal("ANALYSIS", herning.GetProperty("phase").GetString());
        Assert.Equal(2, herning.GetProperty("checklistDone").GetInt32());
        Assert.Equal(8, herning.GetProperty("lastTemperatureRound").GetProperty("results").GetArrayLength());
        Assert.True(herning.GetProperty("citizensTakePart").GetBoolean());
        Assert.Contains(herning.GetProperty("participants").EnumerateArray(),
            p => p.GetProperty("role").GetString() == "CITIZEN" && p.GetProperty("count").GetInt32() >= 1);
        Assert.True(herning.GetProperty("actions").GetProperty("total").GetInt32() >= 3);
        // Names, person ids and the words of plans stay in the municipality.
        foreach (var text in new[] { "Mette", "Jonas", "p-657-", "Halvårlig status", "Borgerens egne mål", "Efterårsmåling", "Sara" })
            Assert.DoesNotContain(text, response.Body);
    }

    [Fact]
    public async Task Only_joined_municipalities_are_listed_and_paging_walks_through_them_by_cursor()
    {
        await JoinRoskilde();

        var first = await api.Client("national").GraphQLAsync(Console, new { first = 1 }, ct: Ct);
        Assert.True(first.Errors.Count == 0, first.ToString());
        Assert.Equal(2, first.At("nationalConsole", "totalCount").GetInt32());
        Assert.True(first.At("nationalConsole", "pageInfo", "hasNextPage").GetBoolean());
        var cursor = first.At("nationalConsole", "pageInfo", "endCursor").GetString();
        var second = await api.Client("national").GraphQLAsync(Console, new { first = 1, after = cursor }, ct: Ct);

        var codes = new[] { first, second }.SelectMany(r => r.At("nationalConsole", "municipalities").EnumerateArray()).Select(m => m.GetProperty("code").GetString());
        Assert.Equal(["657", "265"], codes);
        Assert.False(second.At("nationalConsole", "pageInfo", "hasNextPage").GetBoolean());
        var everyRegion = first.At("nationalConsole", "regions").EnumerateArray().ToList();
        Assert.Equal(5, everyRegion.Count);
        Assert.Equal(98, everyRegion.Sum(r => r.GetProperty("municipalities").GetInt32()));
    }

    [Fact]
    public async Task The_phase_filter_narrows_the_rows_and_the_regions_alike()
    {
        var reporting = await api.Client("national").GraphQLAsync(Console, new { phase = "REPORTING" }, ct: Ct);

        Assert.True(reporting.Errors.Count == 0, reporting.ToString());
        Assert.Equal(0, reporting.At("nationalConsole", "totalCount").GetInt32());
        Assert.All(reporting.At("nationalConsole", "regions").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("participating").GetInt32()));
    }

    [Theory]
    [InlineData("herning-tovholder")]
    [InlineData("herning-chef")]
    [InlineData("roskilde-leder")]
    [InlineData("herning-borger")]
    public async Task Nobody_but_the_coordinator_gets_the_console(string persona)
    {
        var response = await api.Client(persona).GraphQLAsync(Console, ct: Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.DoesNotContain("Herning", response.Body);
    }

    [Fact]
    public async Task A_municipality_reads_its_own_progress_but_not_another_municipalitys()
    {
        const string query = $"query($code: String!) {{ municipalityProgress(code: $code) {{ {Detail} }} }}";

        var own = await api.Client("herning-chef").GraphQLAsync(query, new { code = "657" }, ct: Ct);
        var other = await api.Client("roskilde-leder").GraphQLAsync(query, new { code = "657" }, ct: Ct);
        var forged = await api.Client("national").GraphQLAsync(query, new { code = "657'; --" }, ct: Ct);

        Assert.Equal("657", own.At("municipalityProgress", "code").GetString());
        Assert.Equal(2, own.At("municipalityProgress", "temperatureRounds").GetArrayLength());
        var groups = own.At("municipalityProgress", "groups").EnumerateArray().ToList();
        Assert.Equal("STEERING", groups[0].GetProperty("kind").GetString());
        Assert.Equal(8, groups[0].GetProperty("topics").GetArrayLength());
        Assert.Contains(groups, g => g.GetProperty("kind").GetString() == "IMPLEMENTATION");
        Assert.Equal("FORBIDDEN", other.Code);
        Assert.DoesNotContain("Midtjylland", other.Body);
        Assert.Equal("NOT_FOUND", forged.Code);
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(101, null, null)]
    [InlineData(10, "Jylland", null)]
    [InlineData(10, null, "999")]
    public async Task Bad_paging_or_filters_get_a_clear_error(int first, string? region, string? after)
    {
        var response = await api.Client("national").GraphQLAsync(Console, new { first, region, after }, ct: Ct);

        Assert.Equal("VALIDATION", response.Code);
    }

    [Fact]
    public async Task An_overdue_action_counts_as_overdue_the_day_after_its_due_date()
    {
        var before = Single(await api.Client("national").GraphQLAsync(Console, ct: Ct), "657").GetProperty("actions");
        var added = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, new
        {
            input = new { municipalityCode = "657", id = Documents.NewId("i"), prerequisite = 3, title = "Aftale med regionen", due = "2020-01-01" },
        }, ct: Ct);
        Assert.True(added.Errors.Count == 0, added.ToString());

        var after = Single(await api.Client("national").GraphQLAsync(Console, ct: Ct), "657").GetProperty("actions");
        Assert.Equal(before.GetProperty("overdue").GetInt32() + 1, after.GetProperty("overdue").GetInt32());
        Assert.Equal(before.GetProperty("planned").GetInt32() + 1, after.GetProperty("planned").GetInt32());
    }

    [Fact]
    public async Task The_console_table_exports_as_CSV_for_the_coordinator_only()
    {
        var csv = await api.Client("national").GetAsync("/exports/national/kommuner.csv?region=Midtjylland", Ct);
        var xlsx = await api.Client("national").GetAsync("/exports/national/kommuner.xlsx", Ct);
        var refused = await api.Client("herning-chef").GetAsync("/exports/national/kommuner.csv", Ct);
        var badPhase = await api.Client("national").GetAsync("/exports/national/kommuner.csv?phase=LATER", Ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Herning", text);
        Assert.Contains("Analyse", text);
        Assert.DoesNotContain("Mette", text);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPhase.StatusCode);
    }

    [Fact]
    public async Task Rebuilding_the_progress_read_models_from_the_events_gives_the_same_documents()
    {
        await JoinRoskilde();
        // A finished action carries the time it was finished, which must survive a rebuild too.
        var done = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, new
        {
            input = new { municipalityCode = "657", id = Documents.NewId("i"), prerequisite = 4, title = "Fælles sprog", status = "DONE" },
        }, ct: Ct);
        Assert.True(done.Errors.Count == 0, done.ToString());
        var store = api.Server.Services.GetRequiredService<IDocumentStore>();
        var live = await Snapshot(store);

        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync<MunicipalityProgressProjection>(Ct);
            await daemon.RebuildProjectionAsync<GroupProgressProjection>(Ct);
        }

        Assert.Contains("\"Phase\":2", live);
        Assert.Matches("\"Status\":2,[^}]*\"DoneAt\":\"20", live);
        Assert.Equal(live, await Snapshot(store));
    }

    [Fact]
    public async Task The_console_reads_its_read_models_and_wakes_no_municipalitys_grains()
    {
        await JoinRoskilde();
        var management = api.Server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero, Ct);
        var before = await DomainActivations(management);

        var response = await api.Client("national").GraphQLAsync(Console, ct: Ct);

        Assert.Equal(2, response.At("nationalConsole", "totalCount").GetInt32());
        Assert.Equal(before, await DomainActivations(management));
        // The count does see a grain woken: reading the programme asks the municipality grain.
        await api.Client("national").GraphQLAsync("""{ municipality(code: "265") { programme { phase } } }""", ct: Ct);
        Assert.NotEqual(before, await DomainActivations(management));
    }

    /// <summary>Activations of the grains that own a municipality's streams, by type (named <c>Namespace.Type,Assembly</c>).</summary>
    private static async Task<string> DomainActivations(IManagementGrain management)
    {
        var owners = new[] { "MunicipalityGrain", "SteeringGroupGrain", "ImplementationGroupGrain", "TemperatureRoundGrain" };
        var statistics = await management.GetSimpleGrainStatistics(Ct);
        return string.Join(", ", owners.Select(o => $"{o} {statistics.Where(s => s.GrainType.Contains($".{o},", StringComparison.Ordinal)).Sum(s => s.ActivationCount)}"));
    }

    private async Task JoinRoskilde()
    {
        var joined = await api.Client("roskilde-leder").GraphQLAsync("""mutation { joinProgramme(municipalityCode: "265") { version } }""", ct: Ct);
        Assert.True(joined.Errors.Count == 0 || joined.Code == "CONFLICT", joined.ToString());
    }

    private static JsonElement Single(GraphQLResponse response, string code)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("nationalConsole", "municipalities").EnumerateArray().Single(m => m.GetProperty("code").GetString() == code);
    }

    private static async Task<string> Snapshot(IDocumentStore store)
    {
        await using var session = AcrossMunicipalities.Session(store);
        var municipalities = await AcrossMunicipalities.Query<MunicipalityProgress>(session).OrderBy(m => m.Id).ToListAsync(Ct);
        var groups = await AcrossMunicipalities.Query<GroupProgress>(session).OrderBy(g => g.Id).ToListAsync(Ct);
        return JsonSerializer.Serialize(new { municipalities, groups });
    }
}
