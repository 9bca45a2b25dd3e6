using System.Text.Encodings.Web;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.CaseReviews;

namespace Recovery.Api.Tests.CaseReviews;

/// <summary>A case review through the API: staff add and judge cases, the tovholder concludes; outsiders and citizens see counts only.</summary>
public sealed class CaseReviewTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Note = "Borgerens egne mål står først i planen.";

    private const string Review = """
        query($code: String!, $id: ID!) {
          municipality(code: $code) {
            caseReview(id: $id) {
              title concluded caseCount casesWithheld
              cases { id reference judgements { principle { number } judgement note } }
              results { principle { number } reflected partly notReflected judged shareReflected }
            }
            caseReviews { id title caseCount concludedAt }
          }
        }
        """;

    private static string Mutation(string field, string type) => $"mutation($input: {type}!) {{ {field}(input: $input) {{ version id }} }}";

    private async Task<GraphQLResponse> Send(string persona, string field, string type, object input) =>
        await api.Client(persona).GraphQLAsync(Mutation(field, type), new { input }, ct: Ct);

    private async Task<string?> Ok(string persona, string field, string type, object input)
    {
        var response = await Send(persona, field, type, input);
        Assert.True(response.Errors.Count == 0, $"{field}: {response}");
        return response.At(field, "id").GetString();
    }

    private async Task<string> Started()
    {
        var id = Documents.NewId("s");
        await Ok("herning-tovholder", "startCaseReview", "StartCaseReviewInput", new { municipalityCode = "657", id, title = "Efterårets sagsgennemgang" });
        return id;
    }

    private Task<string?> AddCase(string reviewId, string reference, string persona = "herning-tovholder") =>
        Ok(persona, "addReviewedCase", "AddReviewedCaseInput", new { municipalityCode = "657", reviewId, reference });

    private static object Judgement(string reviewId, string? caseId, int principle = 1, string judgement = "REFLECTED", string? note = Note) =>
        new { municipalityCode = "657", reviewId, caseId, principle, judgement, note };

    private async Task<GraphQLResponse> Read(string persona, string id) =>
        await api.Client(persona).GraphQLAsync(Review, new { code = "657", id }, ct: Ct);

    private async Task<string> JudgedReview()
    {
        var id = await Started();
        var caseId = await AddCase(id, "Sag 17");
        await Ok("herning-chef", "judgeReviewedCase", "JudgeReviewedCaseInput", Judgement(id, caseId));
        return id;
    }

    [Fact]
    public async Task Staff_add_and_judge_the_tovholder_concludes_and_the_results_per_principle_are_kept()
    {
        var id = await Started();
        var first = await AddCase(id, "Sag 3");
        var second = await AddCase(id, "J.nr. 27.12-04", "herning-chef");
        await Ok("herning-chef", "judgeReviewedCase", "JudgeReviewedCaseInput", Judgement(id, first));
        await Ok("herning-tovholder", "judgeReviewedCase", "JudgeReviewedCaseInput", Judgement(id, second, judgement: "PARTLY", note: null));
        await Ok("herning-tovholder", "concludeCaseReview", "ConcludeCaseReviewInput", new { municipalityCode = "657", reviewId = id });

        var response = await Read("herning-tovholder", id);
        var review = response.At("municipality", "caseReview");
        var hopes = review.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("principle").GetProperty("number").GetInt32() == 1);

        Assert.True(review.GetProperty("concluded").GetBoolean());
        Assert.Equal((1, 1, 0, 2, 0.5), (hopes.GetProperty("reflected").GetInt32(), hopes.GetProperty("partly").GetInt32(),
            hopes.GetProperty("notReflected").GetInt32(), hopes.GetProperty("judged").GetInt32(), hopes.GetProperty("shareReflected").GetDouble()));
        var judged = review.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("reference").GetString() == "Sag 3");
        Assert.Equal(("REFLECTED", Note), (judged.GetProperty("judgements")[0].GetProperty("judgement").GetString(), judged.GetProperty("judgements")[0].GetProperty("note").GetString()));
        Assert.Contains(response.At("municipality", "caseReviews").EnumerateArray(),
            r => r.GetProperty("id").GetString() == id && r.GetProperty("caseCount").GetInt32() == 2 && r.GetProperty("concludedAt").ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("herning-borger")]
    public async Task The_coordinator_and_a_citizen_see_the_counts_but_no_reference_and_no_note(string persona)
    {
        var id = await JudgedReview();

        var response = await Read(persona, id);
        var review = response.At("municipality", "caseReview");

        Assert.True(response.Errors.Count == 0, response.ToString());
        Assert.True(review.GetProperty("casesWithheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("cases").ValueKind);
        Assert.Equal(1, review.GetProperty("caseCount").GetInt32());
        Assert.Equal(1, review.GetProperty("results")[0].GetProperty("reflected").GetInt32());
        Assert.DoesNotContain("Sag 17", response.Body);
        Assert.DoesNotContain(Note, response.Body);
    }

    [Fact]
    public async Task Another_municipality_reads_nothing_and_a_guessed_review_is_simply_not_there()
    {
        var id = await JudgedReview();

        var outsider = await Read("roskilde-leder", id);
        var guessed = await Read("herning-tovholder", "s-does-not-exist");

        Assert.Contains("FORBIDDEN", outsider.Codes);
        Assert.DoesNotContain("Efterårets", outsider.Body);
        Assert.DoesNotContain("Sag 17", outsider.Body);
        Assert.Equal(JsonValueKind.Null, guessed.At("municipality", "caseReview").ValueKind);
    }

    [Theory]
    [InlineData("herning-borger", "judgeReviewedCase")]
    [InlineData("herning-borger", "addReviewedCase")]
    [InlineData("herning-borger", "concludeCaseReview")]
    [InlineData("herning-borger", "startCaseReview")]
    [InlineData("roskilde-leder", "judgeReviewedCase")]
    [InlineData("roskilde-leder", "addReviewedCase")]
    [InlineData("roskilde-leder", "removeReviewedCase")]
    [InlineData("national", "judgeReviewedCase")]
    [InlineData("national", "concludeCaseReview")]
    public async Task Citizens_other_municipalities_and_the_coordinator_are_refused_and_nothing_is_stored(string persona, string field)
    {
        var id = await Started();
        var caseId = await AddCase(id, "Sag 5");
        var (type, input) = field switch
        {
            "judgeReviewedCase" => ("JudgeReviewedCaseInput", Judgement(id, caseId)),
            "addReviewedCase" => ("AddReviewedCaseInput", new { municipalityCode = "657", reviewId = id, reference = "Sag 6" }),
            "removeReviewedCase" => ("RemoveReviewedCaseInput", new { municipalityCode = "657", reviewId = id, caseId }),
            "concludeCaseReview" => ("ConcludeCaseReviewInput", new { municipalityCode = "657", reviewId = id }),
            _ => ("StartCaseReviewInput", (object)new { municipalityCode = "657", title = "Min gennemgang" }),
        };

        var response = await api.StoresNothingAsync(() => Send(persona, field, type, input), Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.Equal(1, (await Read("herning-tovholder", id)).At("municipality", "caseReview", "caseCount").GetInt32());
    }

    [Theory]
    [InlineData("010180-1234", "CPR")]
    [InlineData("Sag 3112991234", "CPR")]
    [InlineData("Jens Hansen", "tal")]
    [InlineData("Sag nummer 12345678901", "20 tegn")]
    [InlineData("Sag <3>", "bogstaver")]
    public async Task A_reference_that_could_name_a_citizen_is_refused_in_danish_and_nothing_is_stored(string reference, string said)
    {
        var id = await Started();

        var response = await api.StoresNothingAsync(() => Send("herning-tovholder", "addReviewedCase", "AddReviewedCaseInput",
            new { municipalityCode = "657", reviewId = id, reference }), Ct);

        Assert.Equal("VALIDATION", response.Code);
        Assert.Contains(said, response.Errors[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(1, "Se borger 0101801234 for detaljer.", "VALIDATION")]
    [InlineData(1, null, "VALIDATION")]
    [InlineData(9, "", "VALIDATION")]
    public async Task A_cpr_number_in_a_note_a_note_too_long_and_an_unknown_principle_are_refused(int principle, string? note, string code)
    {
        var id = await Started();
        var caseId = await AddCase(id, "Sag 8");

        var response = await api.StoresNothingAsync(() => Send("herning-tovholder", "judgeReviewedCase", "JudgeReviewedCaseInput",
            Judgement(id, caseId, principle, note: note ?? new string('x', 1001))), Ct);

        Assert.Equal(code, response.Code);
    }

    [Fact]
    public async Task The_eleventh_case_is_refused_and_a_concluded_review_takes_no_more_judgements()
    {
        var id = await Started();
        for (var n = 1; n <= 10; n++) await AddCase(id, $"Sag {n}");

        var eleventh = await api.StoresNothingAsync(() => Send("herning-tovholder", "addReviewedCase", "AddReviewedCaseInput",
            new { municipalityCode = "657", reviewId = id, reference = "Sag 11" }), Ct);
        await Ok("herning-tovholder", "concludeCaseReview", "ConcludeCaseReviewInput", new { municipalityCode = "657", reviewId = id });
        var caseId = (await Read("herning-tovholder", id)).At("municipality", "caseReview", "cases")[0].GetProperty("id").GetString();
        var late = await api.StoresNothingAsync(() => Send("herning-tovholder", "judgeReviewedCase", "JudgeReviewedCaseInput", Judgement(id, caseId)), Ct);

        Assert.Equal("RULE_VIOLATION", eleventh.Code);
        Assert.Contains("højst 10 sager", eleventh.Body);
        Assert.Equal("RULE_VIOLATION", late.Code);
    }

    [Fact]
    public async Task A_link_to_a_temperature_round_that_does_not_exist_and_a_review_never_started_are_not_found()
    {
        var linked = await api.StoresNothingAsync(() => Send("herning-tovholder", "startCaseReview", "StartCaseReviewInput",
            new { municipalityCode = "657", title = "Gennemgang", temperatureRoundId = "t-not-there" }), Ct);
        var never = await api.StoresNothingAsync(() => Send("herning-tovholder", "addReviewedCase", "AddReviewedCaseInput",
            new { municipalityCode = "657", reviewId = "s-never-started", reference = "Sag 1" }), Ct);

        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (linked.Code, never.Code));
    }

    private static object PlanItemFrom(string reviewId) => new
    {
        municipalityCode = "657", id = Documents.NewId("i"), prerequisite = 5, title = "Borgerens håb og drømme først i planen",
        source = new { kind = "CASE_REVIEW", id = reviewId },
    };

    [Fact]
    public async Task A_principles_result_becomes_a_plan_item_that_links_back_but_only_once_the_review_is_concluded()
    {
        var id = await JudgedReview();
        var early = await api.StoresNothingAsync(
            () => api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, new { input = PlanItemFrom(id) }, ct: Ct), Ct);
        await Ok("herning-tovholder", "concludeCaseReview", "ConcludeCaseReviewInput", new { municipalityCode = "657", reviewId = id });

        var added = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, new { input = PlanItemFrom(id) }, ct: Ct);
        var linked = await api.Client("herning-tovholder").GraphQLAsync(
            "query($code: String!, $id: ID!) { municipality(code: $code) { actions(source: { kind: CASE_REVIEW, id: $id }) { title source { kind id } } } }",
            new { code = "657", id }, ct: Ct);

        Assert.Equal("NOT_FOUND", early.Code);
        Assert.True(added.Errors.Count == 0, added.ToString());
        var action = Assert.Single(linked.At("municipality", "actions").EnumerateArray());
        Assert.Equal(("CASE_REVIEW", id), (action.GetProperty("source").GetProperty("kind").GetString(), action.GetProperty("source").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_demo_gives_herning_a_concluded_review_of_ten_cases()
    {
        var review = (await Read("herning-tovholder", "s-seed-657-1")).At("municipality", "caseReview");

        Assert.True(review.GetProperty("concluded").GetBoolean());
        Assert.Equal(10, review.GetProperty("caseCount").GetInt32());
        Assert.All(review.GetProperty("cases").EnumerateArray(), c => Assert.StartsWith("Sag 2026-", c.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task Rebuilding_the_review_list_from_the_events_gives_the_same_reviews_and_results()
    {
        var concluded = await JudgedReview();
        var removed = await AddCase(concluded, "Sag 18");
        await Ok("herning-tovholder", "removeReviewedCase", "RemoveReviewedCaseInput", new { municipalityCode = "657", reviewId = concluded, caseId = removed });
        await Ok("herning-tovholder", "concludeCaseReview", "ConcludeCaseReviewInput", new { municipalityCode = "657", reviewId = concluded });
        await JudgedReview();
        var store = api.Server.Services.GetRequiredService<IDocumentStore>();
        var live = await Summaries(store);

        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<CaseReviewSummaryProjection>(Ct);

        Assert.Contains("Efterårets sagsgennemgang", live);
        Assert.Equal(live, await Summaries(store));
    }

    private static async Task<string> Summaries(IDocumentStore store)
    {
        await using var session = store.QuerySession("657");
        var reviews = await session.Query<CaseReviewSummary>().ToListAsync(Ct);
        return JsonSerializer.Serialize(reviews.OrderBy(r => r.Id), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Fact]
    public async Task Without_a_token_nothing_is_read_or_stored()
    {
        var started = await api.StoresNothingAsync(() => api.Anonymous.GraphQLAsync(Mutation("startCaseReview", "StartCaseReviewInput"),
            new { input = new { municipalityCode = "657", title = "Uden login" } }, ct: Ct), Ct);
        var read = await api.Anonymous.GraphQLAsync(Review, new { code = "657", id = "s-seed-657-1" }, ct: Ct);

        Assert.Equal("UNAUTHENTICATED", started.Code);
        Assert.Contains("UNAUTHENTICATED", read.Codes);
        Assert.DoesNotContain("Sag 2026-", read.Body);
    }
}
