using System.Text.Encodings.Web;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.Assessments;

namespace Recovery.Api.Tests.Assessments;

/// <summary>A temperature round through the API: chosen respondents answer, the tovholder closes, nobody sees another's answers.</summary>
public sealed class TemperatureRoundTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Mutation(string field, string type) => $"mutation($input: {type}!) {{ {field}(input: $input) {{ version id }} }}";

    private const string Round = """
        query($code: String!, $id: ID!) {
          municipality(code: $code) {
            temperatureRound(id: $id) {
              title questionnaireVersion respondents responded youAreRespondent closed
              yourAnswers { statement score }
              results { prerequisite { number } respondents mean spread change }
              reflections { question text answer }
            }
            temperatureRounds { id title closedAt }
          }
        }
        """;

    private async Task<GraphQLResponse> Send(string persona, string field, string type, object input) =>
        await api.Client(persona).GraphQLAsync(Mutation(field, type), new { input }, ct: Ct);

    private async Task Ok(string persona, string field, string type, object input)
    {
        var response = await Send(persona, field, type, input);
        Assert.True(response.Errors.Count == 0, $"{field}: {response}");
    }

    private async Task<string> OpenedRound()
    {
        var id = Documents.NewId("t");
        await Ok("herning-tovholder", "openTemperatureRound", "OpenTemperatureRoundInput",
            new { municipalityCode = "657", id, title = "Forårets måling", respondentIds = new[] { "p-657-birgitte", "p-657-jonas" } });
        return id;
    }

    private async Task<JsonElement> Read(string persona, string id)
    {
        var response = await api.Client(persona).GraphQLAsync(Round, new { code = "657", id }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("municipality", "temperatureRound");
    }

    [Fact]
    public async Task Chosen_respondents_answer_the_tovholder_closes_and_the_results_and_reflections_are_kept()
    {
        var id = await OpenedRound();
        await Ok("herning-chef", "answerTemperatureRound", "AnswerTemperatureRoundInput",
            new { municipalityCode = "657", roundId = id, answers = new[] { new { statement = "1.1", score = 4 }, new { statement = "1.2", score = 2 } } });
        Assert.Equal(1, (await Read("herning-tovholder", id)).GetProperty("responded").GetInt32());
        await Ok("herning-borger", "answerTemperatureRound", "AnswerTemperatureRoundInput",
            new { municipalityCode = "657", roundId = id, answers = new[] { new { statement = "1.3", score = 5 } } });

        await Ok("herning-tovholder", "closeTemperatureRound", "CloseTemperatureRoundInput", new { municipalityCode = "657", roundId = id });
        await Ok("herning-tovholder", "reflectOnTemperatureRound", "ReflectOnTemperatureRoundInput",
            new { municipalityCode = "657", roundId = id, question = 4, answer = "Politisk fokus står stærkt." });

        var round = await Read("herning-tovholder", id);
        Assert.True(round.GetProperty("closed").GetBoolean());
        var political = round.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("prerequisite").GetProperty("number").GetInt32() == 1);
        Assert.Equal((2, 4.0), (political.GetProperty("respondents").GetInt32(), political.GetProperty("mean").GetDouble()));
        Assert.Equal("Politisk fokus står stærkt.", round.GetProperty("reflections").EnumerateArray().Single(r => r.GetProperty("question").GetInt32() == 4).GetProperty("answer").GetString());
        var listed = (await api.Client("herning-tovholder").GraphQLAsync(Round, new { code = "657", id }, ct: Ct)).At("municipality", "temperatureRounds");
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("id").GetString() == id && r.GetProperty("closedAt").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task A_respondent_sees_her_own_answers_and_nobody_sees_anothers()
    {
        var id = await OpenedRound();
        await Ok("herning-chef", "answerTemperatureRound", "AnswerTemperatureRoundInput",
            new { municipalityCode = "657", roundId = id, answers = new[] { new { statement = "5.2", score = 1 } } });

        var own = await Read("herning-chef", id);
        var other = await Read("herning-borger", id);
        var tovholder = await Read("herning-tovholder", id);

        Assert.Equal("5.2", Assert.Single(own.GetProperty("yourAnswers").EnumerateArray()).GetProperty("statement").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("yourAnswers").ValueKind);
        Assert.Equal(JsonValueKind.Null, tovholder.GetProperty("yourAnswers").ValueKind);
        Assert.Equal(JsonValueKind.Null, tovholder.GetProperty("results").ValueKind);
    }

    [Theory]
    [InlineData("herning-tovholder", "answerTemperatureRound")]
    [InlineData("national", "answerTemperatureRound")]
    [InlineData("roskilde-leder", "answerTemperatureRound")]
    [InlineData("herning-borger", "closeTemperatureRound")]
    [InlineData("national", "closeTemperatureRound")]
    [InlineData("roskilde-leder", "closeTemperatureRound")]
    public async Task Those_not_chosen_or_not_governing_are_refused_and_nothing_is_stored(string persona, string field)
    {
        var id = await OpenedRound();
        object input = field == "closeTemperatureRound"
            ? new { municipalityCode = "657", roundId = id }
            : new { municipalityCode = "657", roundId = id, answers = new[] { new { statement = "1.1", score = 3 } } };
        var type = field == "closeTemperatureRound" ? "CloseTemperatureRoundInput" : "AnswerTemperatureRoundInput";

        var response = await api.StoresNothingAsync(() => Send(persona, field, type, input), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
    }

    [Fact]
    public async Task Another_municipality_reads_nothing_and_a_guessed_round_is_simply_not_there()
    {
        var id = await OpenedRound();

        var outsider = await api.Client("roskilde-leder").GraphQLAsync(Round, new { code = "657", id }, ct: Ct);
        var guessed = await Read("herning-tovholder", "t-does-not-exist");

        Assert.Contains("FORBIDDEN", outsider.Codes);
        Assert.DoesNotContain("Forårets", outsider.Body);
        Assert.Equal(JsonValueKind.Null, guessed.ValueKind);
    }

    private async Task<string> ClosedRound(string persona = "herning-tovholder", string code = "657")
    {
        var id = Documents.NewId("t");
        await Ok(persona, "openTemperatureRound", "OpenTemperatureRoundInput",
            new { municipalityCode = code, id, title = "Lukket måling", respondentIds = new[] { "p-657-birgitte" } });
        await Ok(persona, "closeTemperatureRound", "CloseTemperatureRoundInput", new { municipalityCode = code, roundId = id });
        return id;
    }

    private static object PlanItemFrom(string roundId, string? itemId = null) => new
    {
        municipalityCode = "657", id = itemId ?? Documents.NewId("i"), prerequisite = 3, title = "Styrk ledelsesopbakningen",
        source = new { kind = "TEMPERATURE_ROUND", id = roundId },
    };

    [Fact]
    public async Task A_weak_prerequisite_becomes_a_plan_item_that_links_back_to_its_round()
    {
        var id = await ClosedRound();
        var item = Documents.NewId("i");

        var added = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, new { input = PlanItemFrom(id, item) }, ct: Ct);

        Assert.True(added.Errors.Count == 0, added.ToString());
        var linked = await api.Client("herning-tovholder").GraphQLAsync("""
            query($code: String!, $id: ID!) {
              municipality(code: $code) {
                actions(source: { kind: TEMPERATURE_ROUND, id: $id }) { id prerequisite source { kind id } }
                steeringGroup { developmentPlan { items { id source { kind id } } } }
              }
            }
            """, new { code = "657", id }, ct: Ct);
        Assert.True(linked.Errors.Count == 0, linked.ToString());
        var action = Assert.Single(linked.At("municipality", "actions").EnumerateArray());
        Assert.Equal((item, 3, id), (action.GetProperty("id").GetString(), action.GetProperty("prerequisite").GetInt32(),
            action.GetProperty("source").GetProperty("id").GetString()));
        Assert.Contains(linked.At("municipality", "steeringGroup", "developmentPlan").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()),
            i => i.GetProperty("id").GetString() == item && i.GetProperty("source").GetProperty("kind").GetString() == "TEMPERATURE_ROUND");
    }

    [Fact]
    public async Task A_plan_item_cannot_link_to_an_open_round_a_made_up_one_or_another_municipalitys()
    {
        var open = await OpenedRound();
        var roskildes = await ClosedRound("roskilde-leder", "265");

        foreach (var roundId in new[] { open, "t-made-up", roskildes })
        {
            var response = await api.StoresNothingAsync(
                () => api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, new { input = PlanItemFrom(roundId) }, ct: Ct), Ct);
            Assert.Equal("NOT_FOUND", response.Code);
        }
    }

    [Fact]
    public async Task Rebuilding_the_round_list_from_the_events_gives_the_same_rounds_and_results()
    {
        await ClosedRound();
        await OpenedRound();
        var store = api.Server.Services.GetRequiredService<IDocumentStore>();
        var live = await Summaries(store);

        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<TemperatureRoundSummaryProjection>(Ct);

        Assert.Contains("Efterårsmåling 2026", live);
        Assert.Equal(live, await Summaries(store));
    }

    private static async Task<string> Summaries(IDocumentStore store)
    {
        await using var session = store.QuerySession("657");
        var rounds = await session.Query<TemperatureRoundSummary>().ToListAsync(Ct);
        return JsonSerializer.Serialize(rounds.OrderBy(r => r.Id), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
