using System.Text.Encodings.Web;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.PlanOverview;
using static Recovery.Api.Tests.ImplementationGroups.GroupDocuments;

namespace Recovery.Api.Tests.PlanOverview;

/// <summary>The municipality's cross-group lists come from a projection that is current at once and can be rebuilt from the events.</summary>
public sealed class PlanOverviewTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Actions = """
        query($code: String!, $overdue: Boolean) {
          municipality(code: $code) { actions(overdueOnly: $overdue) { groupKind groupName groupSlug id title status due overdue decisionId principles withheld } }
        }
        """;

    private const string Reports = "query($code: String!) { municipality(code: $code) { groupReports { groupName groupSlug title text submittedByName } } }";

    private async Task Ok(string persona, string field, string type, object input)
    {
        var response = await api.Client(persona).GraphQLAsync(Mutation(field, type), new { input }, ct: Ct);
        Assert.True(response.Errors.Count == 0, $"{field}: {response}");
    }

    private async Task<JsonElement[]> Read(string persona, string code, bool overdue = false)
    {
        var response = await api.Client(persona).GraphQLAsync(Actions, new { code, overdue }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return [.. response.At("municipality", "actions").EnumerateArray()];
    }

    private async Task SetUpHousingGroup()
    {
        await Ok("herning-tovholder", "establishImplementationGroup", "EstablishImplementationGroupInput", new { municipalityCode = "657", slug = "bolig", name = "Botilbud" });
        await Ok("herning-tovholder", "addActivity", "AddActivityInput",
            new { municipalityCode = "657", slug = "bolig", id = "a-late", title = "Husmøder med beboerne", principles = new[] { 4, 8 }, due = "2021-01-01" });
        await Ok("herning-tovholder", "addActivity", "AddActivityInput",
            new { municipalityCode = "657", slug = "bolig", id = "a-done", title = "Afsluttet kursus", principles = new[] { 7 }, due = "2021-01-01", status = "DONE" });
        await Ok("herning-tovholder", "submitGroupReport", "SubmitReportInput",
            new { municipalityCode = "657", slug = "bolig", id = "r-1", title = "Status fra botilbud", text = "Husmøderne er i gang." });
    }

    [Fact]
    public async Task All_actions_of_the_municipality_are_listed_across_groups_and_overdue_ones_can_be_picked_out()
    {
        await SetUpHousingGroup();

        var all = await Read("herning-tovholder", "657");
        var overdue = await Read("herning-tovholder", "657", overdue: true);

        Assert.Contains(all, a => a.GetProperty("groupKind").GetString() == "STEERING");
        var late = Assert.Single(all, a => a.GetProperty("id").GetString() == "a-late");
        Assert.Equal(("Botilbud", "bolig", true), (late.GetProperty("groupName").GetString(), late.GetProperty("groupSlug").GetString(), late.GetProperty("overdue").GetBoolean()));
        Assert.Equal([4, 8], late.GetProperty("principles").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Contains(overdue, a => a.GetProperty("id").GetString() == "a-late");
        Assert.DoesNotContain(overdue, a => a.GetProperty("id").GetString() == "a-done");
        Assert.All(overdue, a => Assert.True(a.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task The_steering_group_sees_every_groups_reports()
    {
        await SetUpHousingGroup();

        var response = await api.Client("herning-chef").GraphQLAsync(Reports, new { code = "657" }, ct: Ct);

        var report = Assert.Single(response.At("municipality", "groupReports").EnumerateArray(), r => r.GetProperty("title").GetString() == "Status fra botilbud");
        Assert.Equal(("Botilbud", "Husmøderne er i gang.", "Mette Lund"),
            (report.GetProperty("groupName").GetString(), report.GetProperty("text").GetString(), report.GetProperty("submittedByName").GetString()));
    }

    [Fact]
    public async Task Another_municipality_reads_none_of_the_lists()
    {
        await SetUpHousingGroup();
        var actions = await api.Client("roskilde-leder").GraphQLAsync(Actions, new { code = "657", overdue = false }, ct: Ct);
        var reports = await api.Client("roskilde-leder").GraphQLAsync(Reports, new { code = "657" }, ct: Ct);

        Assert.Equal("FORBIDDEN", actions.Code);
        Assert.Equal("FORBIDDEN", reports.Code);
        Assert.DoesNotContain("Husmøder", actions.Body + reports.Body);
    }

    [Fact]
    public async Task Rebuilding_the_projection_from_the_events_gives_the_same_lists()
    {
        await SetUpHousingGroup();
        // An activity of its own: the other tests read a-late and a-done as set up.
        await Ok("herning-tovholder", "addActivity", "AddActivityInput",
            new { municipalityCode = "657", slug = "bolig", id = "a-rebuild", title = "Husmøder i opgangen", principles = new[] { 4, 6 } });
        await Ok("herning-tovholder", "editActivity", "EditActivityInput",
            new { municipalityCode = "657", slug = "bolig", activityId = "a-rebuild", title = "Husmøder", principles = new[] { 4 }, status = "IN_PROGRESS" });
        await Ok("herning-tovholder", "aimActivity", "AimActivityInput",
            new { municipalityCode = "657", slug = "bolig", activityId = "a-rebuild", figure = "STAIRCASE_STEP", stepId = "sel-85" });
        var store = api.Server.Services.GetRequiredService<IDocumentStore>();
        var live = await Snapshot(store);

        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<GroupPlanOverviewProjection>(Ct);

        var rebuilt = await Snapshot(store);
        Assert.Contains("\"ItemId\":\"a-rebuild\",\"Title\":\"Husmøder\",\"Status\":1", live);
        Assert.Contains("\"StepId\":\"sel-85\"", live);
        Assert.Equal(live, rebuilt);
    }

    [Fact]
    public async Task A_steering_decision_creates_plan_items_that_link_back_and_show_in_the_municipalitys_actions()
    {
        var decision = Documents.NewId("d");
        var item = Documents.NewId("i");
        var response = await api.Client("herning-chef").GraphQLAsync(Documents.RecordDecision, new
        {
            input = new
            {
                municipalityCode = "657", id = decision, title = "Udvalget får halvårlig status",
                actions = new[] { new { id = item, prerequisite = 1, title = "Første status i juni", due = "2027-06-01" } },
            },
        }, ct: Ct);
        Assert.Empty(response.Errors);

        var group = await api.Client("herning-chef").GraphQLAsync(
            "query($code: String!) { municipality(code: $code) { steeringGroup { decisions { id itemIds } developmentPlan { items { id decisionId } } } } }",
            new { code = "657" }, ct: Ct);
        var recorded = group.At("municipality", "steeringGroup", "decisions").EnumerateArray().Single(d => d.GetProperty("id").GetString() == decision);
        Assert.Equal([item], recorded.GetProperty("itemIds").EnumerateArray().Select(i => i.GetString()));
        var planItem = group.At("municipality", "steeringGroup", "developmentPlan").EnumerateArray()
            .SelectMany(p => p.GetProperty("items").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == item);
        Assert.Equal(decision, planItem.GetProperty("decisionId").GetString());
        var action = Assert.Single(await Read("herning-chef", "657"), a => a.GetProperty("id").GetString() == item);
        Assert.Equal(("STEERING", decision), (action.GetProperty("groupKind").GetString(), action.GetProperty("decisionId").GetString()));
    }

    [Fact]
    public async Task The_list_of_groups_comes_from_the_projection_with_name_focus_and_activity_count()
    {
        await SetUpHousingGroup();
        const string list = "query($code: String!) { municipality(code: $code) { implementationGroupSummaries { slug name focus activities } } }";

        var own = await api.Client("herning-borger").GraphQLAsync(list, new { code = "657" }, ct: Ct);
        var outsider = await api.Client("roskilde-leder").GraphQLAsync(list, new { code = "657" }, ct: Ct);

        var groups = own.At("municipality", "implementationGroupSummaries").EnumerateArray().ToArray();
        var housing = Assert.Single(groups, g => g.GetProperty("slug").GetString() == "bolig");
        Assert.Equal("Botilbud", housing.GetProperty("name").GetString());
        Assert.True(housing.GetProperty("activities").GetInt32() >= 2);
        Assert.Contains(groups, g => g.GetProperty("slug").GetString() == "myndighed" && g.GetProperty("focus").GetString()!.Length > 0);
        Assert.DoesNotContain(groups, g => g.GetProperty("name").GetString() == "Styregruppen");
        Assert.Equal("FORBIDDEN", outsider.Code);
    }

    private static async Task<string> Snapshot(IDocumentStore store)
    {
        await using var session = store.QuerySession("657");
        var docs = await session.Query<GroupPlanOverview>().ToListAsync(Ct);
        return JsonSerializer.Serialize(docs.OrderBy(d => d.Id), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
