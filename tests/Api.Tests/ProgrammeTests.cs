using System.Text.Json;

namespace Recovery.Api.Tests;

/// <summary>
/// The programme through the API, role by role. Herning is seeded joined, in the analysis phase,
/// with two items ticked by its tovholder; Roskilde is seeded not joined.
/// </summary>
public sealed class ProgrammeTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Programme = """
        query($code: String!) {
          municipality(code: $code) {
            programme {
              joined joinedAt phase phaseTitle
              checklist { item title ticked tickedAt tickedByName }
              sharesCitizenText canJoin canChangePhase canTick canShare version
            }
          }
        }
        """;

    private const string Join = "mutation($code: String!) { joinProgramme(municipalityCode: $code) { version } }";
    private const string ChangePhase = "mutation($code: String!, $phase: ProgrammePhase!) { changeProgrammePhase(municipalityCode: $code, phase: $phase) { version } }";
    private const string Tick = "mutation($code: String!, $item: ChecklistItem!, $ticked: Boolean!) { tickChecklistItem(municipalityCode: $code, item: $item, ticked: $ticked) { version } }";
    private const string Share = "mutation($code: String!, $shared: Boolean!) { shareCitizenText(municipalityCode: $code, shared: $shared) { version } }";

    private async Task<JsonElement> Read(string persona, string code)
    {
        var response = await api.Client(persona).GraphQLAsync(Programme, new { code }, ct: Ct);
        Assert.Empty(response.Errors);
        return response.At("municipality", "programme");
    }

    private async Task<int> Ok(string persona, string document, object variables, string field)
    {
        var response = await api.Client(persona).GraphQLAsync(document, variables, ct: Ct);
        Assert.Empty(response.Errors);
        return response.At(field, "version").GetInt32();
    }

    private static JsonElement Item(JsonElement programme, string item) =>
        Assert.Single(programme.GetProperty("checklist").EnumerateArray(), i => i.GetProperty("item").GetString() == item);

    [Fact]
    public async Task Hernings_strategic_leader_sees_the_seeded_programme_with_who_ticked()
    {
        var programme = await Read("herning-chef", "657");

        Assert.True(programme.GetProperty("joined").GetBoolean());
        Assert.Equal("ANALYSIS", programme.GetProperty("phase").GetString());
        Assert.Equal("Analyse", programme.GetProperty("phaseTitle").GetString());
        Assert.Equal(5, programme.GetProperty("checklist").GetArrayLength());
        var steering = Item(programme, "STEERING_GROUP");
        Assert.Equal("Nedsæt en styregruppe", steering.GetProperty("title").GetString());
        Assert.True(steering.GetProperty("ticked").GetBoolean());
        Assert.Equal("Mette Lund", steering.GetProperty("tickedByName").GetString());
        Assert.True(DateTimeOffset.TryParse(steering.GetProperty("tickedAt").GetString(), out _));
        Assert.False(Item(programme, "PREREQUISITES_PLAN").GetProperty("ticked").GetBoolean());
        Assert.Equal(
            (false, true, true, true),
            (programme.GetProperty("canJoin").GetBoolean(), programme.GetProperty("canChangePhase").GetBoolean(),
             programme.GetProperty("canTick").GetBoolean(), programme.GetProperty("canShare").GetBoolean()));
    }

    [Fact]
    public async Task The_national_coordinator_follows_progress_but_sees_no_names()
    {
        var response = await api.Client("national").GraphQLAsync(Programme, new { code = "657" }, ct: Ct);

        var programme = response.At("municipality", "programme");
        var steering = Item(programme, "STEERING_GROUP");
        Assert.True(steering.GetProperty("ticked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, steering.GetProperty("tickedByName").ValueKind);
        Assert.DoesNotContain("Mette", response.Body);
        Assert.DoesNotContain("p-657-", response.Body);
        Assert.Equal(
            (false, true, false, false),
            (programme.GetProperty("canJoin").GetBoolean(), programme.GetProperty("canChangePhase").GetBoolean(),
             programme.GetProperty("canTick").GetBoolean(), programme.GetProperty("canShare").GetBoolean()));
    }

    [Fact]
    public async Task The_national_coordinator_joins_a_municipality_and_moves_its_phase()
    {
        Assert.True((await Read("national", "101")).GetProperty("canJoin").GetBoolean());

        var joined = await Ok("national", Join, new { code = "101" }, "joinProgramme");
        var moved = await Ok("national", ChangePhase, new { code = "101", phase = "TRIAL_AND_DEVELOPMENT" }, "changeProgrammePhase");

        var programme = await Read("national", "101");
        Assert.Equal((1, 2), (joined, moved));
        Assert.Equal("Afprøvning og udvikling", programme.GetProperty("phaseTitle").GetString());
        Assert.Equal(2, programme.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Roskildes_leader_joins_ticks_and_shares_and_retries_store_nothing()
    {
        var before = await Read("roskilde-leder", "265");
        Assert.False(before.GetProperty("joined").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("phase").ValueKind);
        Assert.True(before.GetProperty("canJoin").GetBoolean());
        Assert.False(before.GetProperty("canTick").GetBoolean());

        await Ok("roskilde-leder", Join, new { code = "265" }, "joinProgramme");
        await Ok("roskilde-leder", Tick, new { code = "265", item = "PREREQUISITES_PLAN", ticked = true }, "tickChecklistItem");
        var version = await Ok("roskilde-leder", Share, new { code = "265", shared = true }, "shareCitizenText");
        foreach (var (document, variables, field) in new (string, object, string)[]
                 {
                     (Join, new { code = "265" }, "joinProgramme"),
                     (Tick, new { code = "265", item = "PREREQUISITES_PLAN", ticked = true }, "tickChecklistItem"),
                     (Share, new { code = "265", shared = true }, "shareCitizenText"),
                 })
        {
            var response = await api.StoresNothingAsync(() => api.Client("roskilde-leder").GraphQLAsync(document, variables, ct: Ct), Ct);
            Assert.Equal(version, response.At(field, "version").GetInt32());
        }

        var programme = await Read("roskilde-leder", "265");
        Assert.Equal("START_UP", programme.GetProperty("phase").GetString());
        Assert.True(programme.GetProperty("sharesCitizenText").GetBoolean());
        Assert.Equal("Anne Krogh", Item(programme, "PREREQUISITES_PLAN").GetProperty("tickedByName").GetString());
    }

    [Fact]
    public async Task Hernings_tovholder_ticks_and_unticks_but_neither_joins_nor_decides_on_sharing()
    {
        await Ok("herning-tovholder", Tick, new { code = "657", item = "TEMPERATURE_MEASUREMENT", ticked = true }, "tickChecklistItem");
        Assert.Equal("Mette Lund", Item(await Read("herning-tovholder", "657"), "TEMPERATURE_MEASUREMENT").GetProperty("tickedByName").GetString());
        await Ok("herning-tovholder", Tick, new { code = "657", item = "TEMPERATURE_MEASUREMENT", ticked = false }, "tickChecklistItem");
        var unticked = Item(await Read("herning-tovholder", "657"), "TEMPERATURE_MEASUREMENT");
        Assert.False(unticked.GetProperty("ticked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unticked.GetProperty("tickedByName").ValueKind);

        var join = await api.StoresNothingAsync(() => api.Client("herning-tovholder").GraphQLAsync(Join, new { code = "657" }, ct: Ct), Ct);
        var share = await api.StoresNothingAsync(() => api.Client("herning-tovholder").GraphQLAsync(Share, new { code = "657", shared = true }, ct: Ct), Ct);
        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (join.Code, share.Code));
        Assert.Contains("strategiske leder", share.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_ticker_in_no_group_is_named_from_their_sign_in()
    {
        var token = ApiServer.MintToken("p-657-outside-groups", "strategic-leader", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1));
        using var leader = api.Server.Http(token);

        var ticked = await leader.GraphQLAsync(Tick, new { code = "657", item = "IMPLEMENTATION_GROUPS", ticked = true }, ct: Ct);

        Assert.Empty(ticked.Errors);
        Assert.Equal("Test Person", Item(await Read("herning-chef", "657"), "IMPLEMENTATION_GROUPS").GetProperty("tickedByName").GetString());
    }

    [Fact]
    public async Task Another_municipalitys_leader_cannot_read_Hernings_programme()
    {
        var response = await api.Client("roskilde-leder").GraphQLAsync(Programme, new { code = "657" }, ct: Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.Equal(JsonValueKind.Null, response.At("municipality", "programme").ValueKind);
    }

    public static TheoryData<string, string> RefusedMutations() => new()
    {
        { "roskilde-leder", "join" }, { "roskilde-leder", "phase" }, { "roskilde-leder", "tick" }, { "roskilde-leder", "untick" }, { "roskilde-leder", "share" },
        { "herning-borger", "join" }, { "herning-borger", "phase" }, { "herning-borger", "tick" }, { "herning-borger", "untick" }, { "herning-borger", "share" },
    };

    [Theory]
    [MemberData(nameof(RefusedMutations))]
    public async Task Another_municipalitys_leader_and_a_citizen_are_refused_every_change_and_Hernings_stream_stays_put(string persona, string change)
    {
        var (document, variables) = change switch
        {
            "join" => (Join, (object)new { code = "657" }),
            "phase" => (ChangePhase, new { code = "657", phase = "REPORTING" }),
            "tick" => (Tick, new { code = "657", item = "PREREQUISITES_PLAN", ticked = true }),
            "untick" => (Tick, new { code = "657", item = "STEERING_GROUP", ticked = false }),
            _ => (Share, new { code = "657", shared = true }),
        };
        var version = (await Read("herning-chef", "657")).GetProperty("version").GetInt32();

        var response = await api.StoresNothingAsync(() => api.Client(persona).GraphQLAsync(document, variables, ct: Ct), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.Equal(version, (await Read("herning-chef", "657")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_change_before_joining_is_refused_in_danish()
    {
        var response = await api.StoresNothingAsync(() => api.Client("national").GraphQLAsync(ChangePhase, new { code = "730", phase = "ANALYSIS" }, ct: Ct), Ct);

        Assert.Equal("RULE_VIOLATION", response.Code);
        Assert.Contains("ikke tilmeldt programmet", response.Errors[0].GetProperty("message").GetString());
    }
}
