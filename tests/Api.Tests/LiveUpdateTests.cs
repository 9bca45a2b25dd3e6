using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Recovery.Api.Tests;

/// <summary>Live updates over the real SignalR client: who may follow a stream, and what followers hear.</summary>
public sealed class LiveUpdateTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(15);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Following_Hernings_stream_returns_its_current_version()
    {
        await using var herning = await Follower.ConnectAsync(api, "herning-chef");
        var current = await api.Client("herning-chef").GraphQLAsync("""{ municipality(code: "657") { steeringGroup { version } } }""", ct: Ct);

        var version = await herning.Connection.InvokeAsync<long>("Follow", "steering:657", Ct);

        Assert.Equal(current.At("municipality", "steeringGroup", "version").GetInt64(), version);
    }

    [Fact]
    public async Task A_follower_is_told_of_a_plan_item_added_over_GraphQL_and_another_municipality_hears_nothing_of_it()
    {
        await using var herning = await Follower.ConnectAsync(api, "herning-chef");
        await using var roskilde = await Follower.ConnectAsync(api, "roskilde-leder");
        await herning.Connection.InvokeAsync<long>("Follow", "steering:657", Ct);
        await roskilde.Connection.InvokeAsync<long>("Follow", "steering:265", Ct);

        var version = await AddPlanItem("herning-tovholder", "657");

        var notice = await herning.NextAsync(n => n.GetProperty("version").GetInt64() == version);
        Assert.Equal("657", notice.GetProperty("tenant").GetString());
        Assert.Equal("steering:657", notice.GetProperty("stream").GetString());
        Assert.Equal(["development_plan_item_added"], notice.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        Assert.DoesNotContain(roskilde.Received, n => n.GetProperty("tenant").GetString() == "657" || n.GetProperty("stream").GetString() == "steering:657");

        // The Roskilde follower does hear its own municipality, so the silence above is not a dead connection.
        var roskildeVersion = await AddPlanItem("roskilde-leder", "265");
        await roskilde.NextAsync(n => n.GetProperty("stream").GetString() == "steering:265" && n.GetProperty("version").GetInt64() == roskildeVersion);
    }

    [Fact]
    public async Task A_follower_of_Hernings_municipality_stream_is_told_of_a_ticked_checklist_item_and_Roskilde_may_not_follow_it()
    {
        await using var herning = await Follower.ConnectAsync(api, "herning-chef");
        await using var roskilde = await Follower.ConnectAsync(api, "roskilde-leder");
        await herning.Connection.InvokeAsync<long>("Follow", "municipality:657", Ct);

        await Assert.ThrowsAsync<HubException>(() => roskilde.Connection.InvokeAsync<long>("Follow", "municipality:657", Ct));
        var ticked = await api.Client("herning-tovholder").GraphQLAsync(
            "mutation { tickChecklistItem(municipalityCode: \"657\", item: PREREQUISITES_PLAN, ticked: true) { version } }", ct: Ct);
        var version = ticked.At("tickChecklistItem", "version").GetInt64();

        var notice = await herning.NextAsync(n => n.GetProperty("stream").GetString() == "municipality:657" && n.GetProperty("version").GetInt64() == version);
        Assert.Equal(["checklist_item_ticked"], notice.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_tovholder_following_a_temperature_round_hears_each_answer_arrive_and_a_guessed_round_cannot_be_followed()
    {
        var id = Documents.NewId("t");
        var opened = await api.Client("herning-tovholder").GraphQLAsync(
            "mutation($input: OpenTemperatureRoundInput!) { openTemperatureRound(input: $input) { version } }",
            new { input = new { municipalityCode = "657", id, title = "Måling i workshoppen", respondentIds = new[] { "p-657-birgitte" } } }, ct: Ct);
        Assert.Empty(opened.Errors);
        await using var tovholder = await Follower.ConnectAsync(api, "herning-tovholder");
        await tovholder.Connection.InvokeAsync<long>("Follow", $"temperature:657:{id}", Ct);

        var answered = await api.Client("herning-chef").GraphQLAsync(
            "mutation($input: AnswerTemperatureRoundInput!) { answerTemperatureRound(input: $input) { version } }",
            new { input = new { municipalityCode = "657", roundId = id, answers = new[] { new { statement = "2.1", score = 4 } } } }, ct: Ct);
        var version = answered.At("answerTemperatureRound", "version").GetInt64();

        var notice = await tovholder.NextAsync(n => n.GetProperty("stream").GetString() == $"temperature:657:{id}" && n.GetProperty("version").GetInt64() == version);
        Assert.Equal(["temperature_response_given"], notice.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        await Assert.ThrowsAsync<HubException>(() => tovholder.Connection.InvokeAsync<long>("Follow", "temperature:657:t-guessed", Ct));
    }

    [Fact]
    public async Task Reviewers_following_a_case_review_hear_each_judgement_and_a_guessed_or_foreign_review_cannot_be_followed()
    {
        var id = Documents.NewId("s");
        var started = await api.Client("herning-tovholder").GraphQLAsync(
            "mutation($input: StartCaseReviewInput!) { startCaseReview(input: $input) { version } }",
            new { input = new { municipalityCode = "657", id, title = "Gennemgang på mødet" } }, ct: Ct);
        Assert.Empty(started.Errors);
        await using var tovholder = await Follower.ConnectAsync(api, "herning-tovholder");
        await using var roskilde = await Follower.ConnectAsync(api, "roskilde-leder");
        await tovholder.Connection.InvokeAsync<long>("Follow", $"case-review:657:{id}", Ct);

        var added = await api.Client("herning-chef").GraphQLAsync(
            "mutation($input: AddReviewedCaseInput!) { addReviewedCase(input: $input) { version } }",
            new { input = new { municipalityCode = "657", reviewId = id, reference = "Sag 4" } }, ct: Ct);
        var version = added.At("addReviewedCase", "version").GetInt64();

        var notice = await tovholder.NextAsync(n => n.GetProperty("stream").GetString() == $"case-review:657:{id}" && n.GetProperty("version").GetInt64() == version);
        Assert.Equal(["reviewed_case_added"], notice.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("Sag 4", notice.ToString());
        await Assert.ThrowsAsync<HubException>(() => tovholder.Connection.InvokeAsync<long>("Follow", "case-review:657:s-guessed", Ct));
        await Assert.ThrowsAsync<HubException>(() => roskilde.Connection.InvokeAsync<long>("Follow", $"case-review:657:{id}", Ct));
    }

    [Fact]
    public async Task Another_municipality_cannot_follow_Hernings_stream_nor_hear_its_changes()
    {
        await using var roskilde = await Follower.ConnectAsync(api, "roskilde-leder");
        await using var herning = await Follower.ConnectAsync(api, "herning-chef");
        await herning.Connection.InvokeAsync<long>("Follow", "steering:657", Ct);

        await Assert.ThrowsAsync<HubException>(() => roskilde.Connection.InvokeAsync<long>("Follow", "steering:657", Ct));
        var version = await AddPlanItem("herning-tovholder", "657");

        await herning.NextAsync(n => n.GetProperty("version").GetInt64() == version);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        Assert.Empty(roskilde.Received);
    }

    [Fact]
    public async Task Another_municipality_following_Hernings_stream_is_told_FORBIDDEN()
    {
        await using var roskilde = await Follower.ConnectAsync(api, "roskilde-leder");

        var refusal = await Assert.ThrowsAsync<HubException>(() => roskilde.Connection.InvokeAsync<long>("Follow", "steering:657", Ct));

        Assert.Contains("FORBIDDEN", refusal.Message);
    }

    [Fact]
    public async Task Following_a_stream_that_does_not_exist_is_refused_as_not_found()
    {
        await using var herning = await Follower.ConnectAsync(api, "herning-tovholder");

        var refusal = await Assert.ThrowsAsync<HubException>(() => herning.Connection.InvokeAsync<long>("Follow", "steering:999", Ct));

        Assert.Contains("NOT_FOUND", refusal.Message);
    }

    [Fact]
    public async Task A_connection_without_a_token_is_refused()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(api.Server.Address, "/hubs/live")).Build();

        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
    }

    [Fact]
    public async Task A_connection_with_an_expired_token_is_refused()
    {
        var expired = ApiServer.MintToken("p-657-mette", "tovholder", "657", DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-1));

        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => api.Server.LiveAsync(expired, Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
    }

    [Fact]
    public async Task The_coordinators_national_feed_names_the_municipality_that_moved_and_nobody_else_may_follow_it()
    {
        await using var coordinator = await Follower.ConnectAsync(api, "national");
        await using var herning = await Follower.ConnectAsync(api, "herning-chef");
        await coordinator.Connection.InvokeAsync<long>("Follow", "national", Ct);

        await Assert.ThrowsAsync<HubException>(() => herning.Connection.InvokeAsync<long>("Follow", "national", Ct));
        await AddPlanItem("roskilde-leder", "265");

        var notice = await coordinator.NextAsync(n => n.GetProperty("stream").GetString() == "national");
        Assert.Equal("265", notice.GetProperty("tenant").GetString());
        Assert.Empty(notice.GetProperty("events").EnumerateArray());
    }

    private async Task<long> AddPlanItem(string persona, string municipality)
    {
        var response = await api.Client(persona).GraphQLAsync(Documents.AddPlanItem,
            new { input = new { municipalityCode = municipality, id = Documents.NewId("i"), prerequisite = 7, title = "Kursus i recovery" } }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("addPlanItem", "version").GetInt64();
    }

    /// <summary>A signed-in hub connection that keeps every <c>changed</c> notice it receives.</summary>
    [Fact]
    public async Task A_follower_of_the_staircase_is_told_of_an_imported_file_and_Roskilde_may_not_follow_it()
    {
        await using var herning = await Follower.ConnectAsync(api, "national");
        await using var roskilde = await Follower.ConnectAsync(api, "roskilde-leder");
        await herning.Connection.InvokeAsync<long>("Follow", "staircase:657", Ct);
        await Assert.ThrowsAsync<HubException>(() => roskilde.Connection.InvokeAsync<long>("Follow", "staircase:657", Ct));

        var file = new ByteArrayContent("kvartal;trin;antal\n2033K1;sel-85;7\n"u8.ToArray());
        file.Headers.ContentType = new("text/csv");
        var imported = await api.Client("herning-tovholder").RawAsync(HttpMethod.Post, "/imports/657/staircase", file, "application/json", Ct);
        var version = imported.Json.GetProperty("version").GetInt64();

        var notice = await herning.NextAsync(n => n.GetProperty("stream").GetString() == "staircase:657" && n.GetProperty("version").GetInt64() == version);
        Assert.Equal(["staircase_counts_imported"], notice.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    private sealed class Follower : IAsyncDisposable
    {
        private readonly Channel<JsonElement> notices = Channel.CreateUnbounded<JsonElement>();
        private readonly List<JsonElement> received = [];

        private Follower(HubConnection connection)
        {
            Connection = connection;
            connection.On<JsonElement>("changed", notice =>
            {
                lock (received) received.Add(notice.Clone());
                notices.Writer.TryWrite(notice.Clone());
            });
        }

        public HubConnection Connection { get; }

        public IReadOnlyList<JsonElement> Received
        {
            get { lock (received) return [.. received]; }
        }

        public static async Task<Follower> ConnectAsync(ApiServer api, string persona) =>
            new(await api.Server.LiveAsync(api.Tokens[persona], Ct));

        /// <summary>The first notice matching the condition, waiting generously for it.</summary>
        public async Task<JsonElement> NextAsync(Func<JsonElement, bool> matches)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            limit.CancelAfter(NoticeTimeout);
            try
            {
                while (true)
                {
                    var notice = await notices.Reader.ReadAsync(limit.Token);
                    if (matches(notice)) return notice;
                }
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching notice within {NoticeTimeout.TotalSeconds} s; received: {string.Join(", ", Received)}");
            }
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
