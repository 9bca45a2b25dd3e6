using System.Text.Json;

namespace Recovery.Api.Tests;

/// <summary>The steering group's everyday work through the API, read back exactly as written.</summary>
public sealed class SteeringGroupWorkflowTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Mette => api.Client("herning-tovholder");

    [Fact]
    public async Task The_tovholder_adds_a_member_a_decision_and_a_plan_item_and_reads_back_exactly_that()
    {
        var member = await Ok(Mette, Documents.AddMember, new { input = new { municipalityCode = "657", name = "Karen Poulsen", role = "PEER_WORKER" } });
        var personId = member.GetProperty("id").GetString()!;
        var decisionId = Documents.NewId("d");
        await Ok(Mette, Documents.RecordDecision, new
        {
            input = new { municipalityCode = "657", id = decisionId, title = "Peer-medarbejdere i alle teams", rationale = "Erfaring gør en forskel." },
        });
        var itemId = Documents.NewId("i");
        var added = await Ok(Mette, Documents.AddPlanItem, new
        {
            input = new
            {
                municipalityCode = "657", id = itemId, prerequisite = 6, title = "Åbne tilbud uden visitation", description = "Café og træning.",
                ownerId = personId, due = "2027-05-01",
            },
        });
        var edited = await Ok(Mette, Documents.EditPlanItem, new
        {
            input = new
            {
                municipalityCode = "657", itemId, title = "Åbne tilbud uden visitation", description = "Café og træning.",
                ownerId = "p-657-mette", due = "2027-09-30", status = "IN_PROGRESS",
            },
        });

        var group = (await Mette.GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct)).At("municipality", "steeringGroup");

        Assert.Equal(itemId, added.GetProperty("id").GetString());
        // Owner, due date and status changed: three events.
        Assert.Equal(added.GetProperty("version").GetInt32() + 3, edited.GetProperty("version").GetInt32());
        Assert.Equal(edited.GetProperty("version").GetInt32(), group.GetProperty("version").GetInt32());
        var karen = Assert.Single(group.GetProperty("members").EnumerateArray(), m => m.GetProperty("personId").GetString() == personId);
        Assert.Equal("Karen Poulsen", karen.GetProperty("name").GetString());
        Assert.Equal("PEER_WORKER", karen.GetProperty("role").GetString());
        var decision = Assert.Single(group.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("id").GetString() == decisionId);
        Assert.Equal("Peer-medarbejdere i alle teams", decision.GetProperty("title").GetString());
        Assert.Equal("Erfaring gør en forskel.", decision.GetProperty("rationale").GetString());
        Assert.Equal("Mette Lund", decision.GetProperty("recordedByName").GetString());
        var item = await PlanItem("herning-tovholder", itemId);
        Assert.Equal(
            $$"""
            {"description":"Café og træning.","due":"2027-09-30","id":"{{itemId}}","ownerId":"p-657-mette","ownerName":"Mette Lund",
            "prerequisite":6,"status":"IN_PROGRESS","title":"Åbne tilbud uden visitation"}
            """.ReplaceLineEndings(""),
            JsonSerializer.Serialize(item, Compact));
    }

    [Fact]
    public async Task A_steering_group_page_is_read_in_one_query()
    {
        var response = await Mette.GraphQLAsync(Documents.WholeSteeringGroup, new { code = "657" }, ct: Ct);

        Assert.Empty(response.Errors);
        Assert.Equal(8, response.At("municipality", "steeringGroup", "developmentPlan").GetArrayLength());
    }

    [Fact]
    public async Task A_member_added_with_their_sign_in_id_can_edit_the_plan_and_a_retry_adds_no_one_twice()
    {
        var sub = Documents.NewId("oidc");
        var request = new { input = new { municipalityCode = "657", personId = sub, name = "Karin Holm", role = "PEER_WORKER" } };
        var first = await Ok(Mette, Documents.AddMember, request);
        var retry = await Ok(Mette, Documents.AddMember, request);
        Assert.Equal(first.GetProperty("version").GetInt32(), retry.GetProperty("version").GetInt32());

        using var karin = api.Server.Http(ApiServer.MintToken(sub, "peer-worker", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)));
        var group = (await karin.GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct)).At("municipality", "steeringGroup");
        Assert.True(group.GetProperty("canEditPlan").GetBoolean());
        Assert.Single(group.GetProperty("members").EnumerateArray(), m => m.GetProperty("personId").GetString() == sub);
        await Ok(karin, Documents.AddPlanItem, new { input = new { municipalityCode = "657", prerequisite = 7, title = "Fælles kursus med peers" } });
    }

    [Fact]
    public async Task Resending_addPlanItem_with_the_same_id_adds_no_second_item_and_returns_the_same_version()
    {
        var request = new { input = new { municipalityCode = "657", id = Documents.NewId("i"), prerequisite = 2, title = "Sendt to gange" } };
        var first = await Ok(Mette, Documents.AddPlanItem, request);
        var before = await api.EventCountAsync(Ct);

        var retry = await Ok(Mette, Documents.AddPlanItem, request);

        Assert.Equal(first.GetProperty("version").GetInt32(), retry.GetProperty("version").GetInt32());
        Assert.Equal(before, await api.EventCountAsync(Ct));
        Assert.Single(await api.PlanItemIds("herning-tovholder", "657", Ct) ?? [], id => id == request.input.id);
    }

    [Fact]
    public async Task Resending_recordDecision_with_the_same_id_records_it_once()
    {
        var request = new { input = new { municipalityCode = "657", id = Documents.NewId("d"), title = "Besluttet én gang" } };
        var first = await Ok(Mette, Documents.RecordDecision, request);

        var retry = await Ok(Mette, Documents.RecordDecision, request);

        Assert.Equal(first.GetProperty("version").GetInt32(), retry.GetProperty("version").GetInt32());
        var group = (await Mette.GraphQLAsync(Documents.SteeringGroup, new { code = "657" }, ct: Ct)).At("municipality", "steeringGroup");
        Assert.Single(group.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("id").GetString() == request.input.id);
    }

    [Fact]
    public async Task A_citizen_member_adds_to_the_plan_on_equal_terms()
    {
        var jonas = api.Client("herning-borger");
        var itemId = Documents.NewId("i");

        await Ok(jonas, Documents.AddPlanItem, new
        {
            input = new { municipalityCode = "657", id = itemId, prerequisite = 8, title = "Borgerpanel om sprogbrug", ownerId = "p-657-jonas" },
        });

        Assert.Contains(itemId, await api.PlanItemIds("herning-borger", "657", Ct) ?? []);
    }

    [Fact]
    public async Task A_citizen_member_cannot_add_a_member()
    {
        var response = await api.StoresNothingAsync(() => api.Client("herning-borger").GraphQLAsync(Documents.AddMember,
            new { input = new { municipalityCode = "657", name = "Ven af Jonas", role = "CITIZEN" } }, ct: Ct), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every field of one plan item, read in groups small enough for the complexity limit, sorted by name.</summary>
    private async Task<SortedDictionary<string, JsonElement>> PlanItem(string persona, string itemId)
    {
        var fields = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var group in new[] { "prerequisite title description", "ownerId ownerName due", "status" })
        {
            var response = await api.Client(persona).GraphQLAsync(Documents.PlanItems(group), new { code = "657" }, ct: Ct);
            Assert.True(response.Errors.Count == 0, response.ToString());
            var item = Assert.Single(response.At("municipality", "steeringGroup", "developmentPlan").EnumerateArray()
                .SelectMany(p => p.GetProperty("items").EnumerateArray()), i => i.GetProperty("id").GetString() == itemId);
            foreach (var field in item.EnumerateObject()) fields[field.Name] = field.Value.Clone();
        }
        return fields;
    }

    /// <summary>Sends a mutation that must succeed and returns its one field's value.</summary>
    private static async Task<JsonElement> Ok(HttpClient client, string document, object variables)
    {
        var response = await client.GraphQLAsync(document, variables, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.EnumerateObject().Single().Value;
    }
}
