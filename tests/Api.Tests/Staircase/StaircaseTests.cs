using System.Text.Json;

namespace Recovery.Api.Tests.Staircase;

/// <summary>The staircase and key figures through GraphQL: who may edit, who may read, and what the page reads back.</summary>
public sealed class StaircaseTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Staircase = """
        query($code: String!) {
          municipality(code: $code) {
            staircase {
              version
              steps { id name position }
              quarters { quarter counts { stepId count } educationOrEmploymentShare readmissionShare expenditure { stepId amount } }
              movements { quarter fromStepId toStepId count }
              aimedActivities { figure stepId groupName groupSlug activityId title }
            }
          }
        }
        """;

    private static string Mutation(string field, string type) => $"mutation($input: {type}!) {{ {field}(input: $input) {{ version id }} }}";

    private Task<GraphQLResponse> Send(string persona, string field, string type, object input) =>
        api.Client(persona).GraphQLAsync(Mutation(field, type), new { input }, ct: Ct);

    private async Task<JsonElement> Read(string persona, string code = "657")
    {
        var response = await api.Client(persona).GraphQLAsync(Staircase, new { code }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("municipality", "staircase");
    }

    private static JsonElement Quarter(JsonElement staircase, string quarter) =>
        staircase.GetProperty("quarters").EnumerateArray().Single(q => q.GetProperty("quarter").GetString() == quarter);

    [Fact]
    public async Task The_demo_staircase_shows_citizens_moving_down_and_the_activities_that_aim_at_its_figures()
    {
        var staircase = await Read("herning-tovholder");

        Assert.Equal("civilsamfund", staircase.GetProperty("steps")[0].GetProperty("id").GetString());
        var first = Quarter(staircase, "2025K2");
        var last = Quarter(staircase, "2026K3");
        int Count(JsonElement q, string step) => q.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("stepId").GetString() == step).GetProperty("count").GetInt32();
        Assert.True(Count(last, "civilsamfund") > Count(first, "civilsamfund"));
        Assert.True(Count(last, "sel-108") < Count(first, "sel-108"));
        Assert.Equal(22.6, last.GetProperty("educationOrEmploymentShare").GetDouble());
        Assert.Contains(staircase.GetProperty("movements").EnumerateArray(), m => m.GetProperty("fromStepId").GetString() == "sel-85" && m.GetProperty("toStepId").GetString() == "sel-82");
        Assert.Contains(staircase.GetProperty("aimedActivities").EnumerateArray(),
            a => a.GetProperty("figure").GetString() == "STAIRCASE_STEP" && a.GetProperty("stepId").GetString() == "civilsamfund" && a.GetProperty("groupSlug").GetString() == "bostoette");
    }

    [Fact]
    public async Task The_strategic_leader_enters_counts_movements_and_key_figures_by_hand_and_repeating_one_changes_nothing()
    {
        var set = new { municipalityCode = "657", quarter = "2030K1", stepId = "sel-85", count = 12 };
        var first = await Send("herning-chef", "setStaircaseCount", "SetStaircaseCountInput", set);
        var again = await Send("herning-chef", "setStaircaseCount", "SetStaircaseCountInput", set);
        Assert.Equal(first.At("setStaircaseCount", "version").GetInt32(), again.At("setStaircaseCount", "version").GetInt32());
        Assert.Empty((await Send("herning-chef", "recordStaircaseMovement", "RecordStaircaseMovementInput",
            new { municipalityCode = "657", quarter = "2030K1", fromStepId = "sel-85", toStepId = "sel-82", count = 3 })).Errors);
        Assert.Empty((await Send("herning-chef", "setKeyFigures", "SetKeyFiguresInput",
            new { municipalityCode = "657", quarter = "2030K1", educationOrEmploymentShare = 25.5, readmissionShare = 18 })).Errors);
        Assert.Empty((await Send("herning-chef", "setExpenditure", "SetExpenditureInput",
            new { municipalityCode = "657", quarter = "2030K1", stepId = "sel-85", amount = 1_500_000 })).Errors);

        var quarter = Quarter(await Read("herning-tovholder"), "2030K1");
        Assert.Equal(12, quarter.GetProperty("counts")[0].GetProperty("count").GetInt32());
        Assert.Equal((25.5, 18.0), (quarter.GetProperty("educationOrEmploymentShare").GetDouble(), quarter.GetProperty("readmissionShare").GetDouble()));
        Assert.Equal(1_500_000, quarter.GetProperty("expenditure")[0].GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task A_bad_value_is_refused_in_danish_and_stores_nothing()
    {
        var negative = await api.StoresNothingAsync(() => Send("herning-chef", "setStaircaseCount", "SetStaircaseCountInput",
            new { municipalityCode = "657", quarter = "2030K1", stepId = "sel-85", count = -1 }), Ct);
        var quarter = await api.StoresNothingAsync(() => Send("herning-chef", "setStaircaseCount", "SetStaircaseCountInput",
            new { municipalityCode = "657", quarter = "2030 Q1", stepId = "sel-85", count = 1 }), Ct);
        var share = await api.StoresNothingAsync(() => Send("herning-chef", "setKeyFigures", "SetKeyFiguresInput",
            new { municipalityCode = "657", quarter = "2030K1", educationOrEmploymentShare = 140 }), Ct);

        Assert.Equal(["VALIDATION", "VALIDATION", "VALIDATION"], [negative.Code, quarter.Code, share.Code]);
        Assert.Contains("Ugyldigt kvartal", quarter.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Steps_are_added_renamed_and_a_step_with_figures_is_not_removed()
    {
        Assert.Empty((await Send("herning-tovholder", "addStaircaseStep", "AddStaircaseStepInput",
            new { municipalityCode = "657", stepId = "peer", name = "Peerstøtte", position = 1 })).Errors);
        Assert.Empty((await Send("herning-tovholder", "renameStaircaseStep", "RenameStaircaseStepInput",
            new { municipalityCode = "657", stepId = "peer", name = "Peerstøtte og recovery-skole" })).Errors);
        var removeUsed = await Send("herning-tovholder", "removeStaircaseStep", "RemoveStaircaseStepInput", new { municipalityCode = "657", stepId = "sel-108" });

        var steps = (await Read("herning-tovholder")).GetProperty("steps");
        Assert.Equal(("peer", "Peerstøtte og recovery-skole", 1), (steps[1].GetProperty("id").GetString(), steps[1].GetProperty("name").GetString(), steps[1].GetProperty("position").GetInt32()));
        Assert.Equal("RULE_VIOLATION", removeUsed.Code);
        Assert.Empty((await Send("herning-tovholder", "removeStaircaseStep", "RemoveStaircaseStepInput", new { municipalityCode = "657", stepId = "peer" })).Errors);
    }

    [Fact]
    public async Task Only_those_who_govern_edit_the_national_coordinator_reads_and_another_municipality_neither_reads_nor_writes()
    {
        var input = new { municipalityCode = "657", quarter = "2030K2", stepId = "sel-82", count = 5 };
        var citizen = await api.StoresNothingAsync(() => Send("herning-borger", "setStaircaseCount", "SetStaircaseCountInput", input), Ct);
        var national = await api.StoresNothingAsync(() => Send("national", "setStaircaseCount", "SetStaircaseCountInput", input), Ct);
        var roskilde = await api.StoresNothingAsync(() => Send("roskilde-leder", "setStaircaseCount", "SetStaircaseCountInput", input), Ct);
        var roskildeRead = await api.Client("roskilde-leder").GraphQLAsync(Staircase, new { code = "657" }, ct: Ct);

        Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"], [citizen.Code, national.Code, roskilde.Code, roskildeRead.Code]);
        Assert.NotEqual(JsonValueKind.Object, roskildeRead.Data.ValueKind == JsonValueKind.Object ? roskildeRead.At("municipality").ValueKind : JsonValueKind.Null);
        Assert.True((await Read("national")).GetProperty("quarters").GetArrayLength() >= 6);
        Assert.True((await Read("herning-borger")).GetProperty("quarters").GetArrayLength() >= 6);
    }

    [Fact]
    public async Task An_activity_names_the_figure_it_aims_at_and_the_staircase_lists_it_with_its_group()
    {
        Assert.Empty((await Send("herning-tovholder", "aimActivity", "AimActivityInput",
            new { municipalityCode = "657", slug = "myndighed", activityId = "a-seed-657-2", figure = "READMISSIONS" })).Errors);

        var aimed = (await Read("herning-chef")).GetProperty("aimedActivities").EnumerateArray()
            .Single(a => a.GetProperty("activityId").GetString() == "a-seed-657-2");
        Assert.Equal(("READMISSIONS", "Myndighed"), (aimed.GetProperty("figure").GetString(), aimed.GetProperty("groupName").GetString()));

        var cleared = await Send("herning-tovholder", "aimActivity", "AimActivityInput", new { municipalityCode = "657", slug = "myndighed", activityId = "a-seed-657-2" });
        Assert.Empty(cleared.Errors);
        Assert.DoesNotContain((await Read("herning-chef")).GetProperty("aimedActivities").EnumerateArray(), a => a.GetProperty("activityId").GetString() == "a-seed-657-2");
    }

    [Fact]
    public async Task A_development_plan_item_names_its_figure_and_the_staircase_lists_it_under_the_steering_group()
    {
        var aim = await Send("herning-borger", "aimPlanItem", "AimPlanItemInput",
            new { municipalityCode = "657", itemId = "i-seed-657-1", figure = "EXPENDITURE", stepId = "sel-108" });
        Assert.Empty(aim.Errors);

        var aimed = (await Read("national")).GetProperty("aimedActivities").EnumerateArray()
            .Single(a => a.GetProperty("activityId").GetString() == "i-seed-657-1");
        Assert.Equal(("EXPENDITURE", "sel-108", JsonValueKind.Null),
            (aimed.GetProperty("figure").GetString(), aimed.GetProperty("stepId").GetString(), aimed.GetProperty("groupSlug").ValueKind));
        var item = await api.Client("herning-tovholder").GraphQLAsync(
            "query { municipality(code: \"657\") { steeringGroup { developmentPlan { items { id aimFigure aimStepId } } } } }", ct: Ct);
        Assert.Contains(item.At("municipality", "steeringGroup", "developmentPlan").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()),
            i => i.GetProperty("id").GetString() == "i-seed-657-1" && i.GetProperty("aimFigure").GetString() == "EXPENDITURE");
    }
}
