using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Recovery.Api.Tests.CitizenMeasures;

/// <summary>Citizen-reported measures through the API: staff enrol and issue a code, the citizen answers with it, and only they two see the answers.</summary>
public sealed class CitizenMeasureTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private HttpClient Sofie => api.Client("herning-medarbejder");

    private async Task<(string Pseudonym, HttpClient Citizen)> CitizenSignedIn()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var code = await Sofie.IssueCodeAsync(pseudonym);
        var (status, body) = await api.Anonymous.SignInAsync(code.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((pseudonym, "657"), (body.GetProperty("pseudonym").GetString(), body.GetProperty("municipality").GetString()));
        return (pseudonym, api.Server.Http(body.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task The_citizen_answers_with_the_personal_code_and_staff_on_their_behalf_and_both_see_the_trend()
    {
        var (pseudonym, citizen) = await CitizenSignedIn();
        var own = await citizen.AnswerAsync(pseudonym, "who5", [3, 3, 3, 2, 2]);
        Assert.True(own.Errors.Count == 0, own.ToString());
        var entered = await Sofie.AnswerAsync(pseudonym, "brief-inspire-o", [2, 3, 2, 2, 3], onBehalf: true);
        Assert.True(entered.Errors.Count == 0, entered.ToString());

        var seenByCitizen = (await citizen.ReadCitizenAsync(pseudonym)).At("municipality", "citizen");
        var seenByStaff = (await Sofie.ReadCitizenAsync(pseudonym)).At("municipality", "citizen");

        var measures = seenByStaff.GetProperty("measures").EnumerateArray().ToArray();
        Assert.Equal([(52, false), (47, true)], measures.Select(m => (m.GetProperty("score").GetInt32(), m.GetProperty("onBehalf").GetBoolean())));
        Assert.Equal(["p-657-sofie"], seenByStaff.GetProperty("ownStaffIds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, seenByCitizen.GetProperty("measures").GetArrayLength());
        Assert.Empty(seenByCitizen.GetProperty("ownStaffIds").EnumerateArray());
        Assert.Contains((await Sofie.GraphQLAsync(CitizenMeasureClient.MyCitizens, new { code = "657" }, ct: Ct)).At("municipality", "myCitizens").EnumerateArray(),
            c => c.GetProperty("pseudonym").GetString() == pseudonym);
    }

    [Fact]
    public async Task An_incomplete_form_is_stored_without_a_score_and_says_how_many_are_missing()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var response = await Sofie.AnswerAsync(pseudonym, "who5", [5, null, 4, null, 4]);
        Assert.True(response.Errors.Count == 0, response.ToString());

        var measure = Assert.Single((await Sofie.ReadCitizenAsync(pseudonym)).At("municipality", "citizen", "measures").EnumerateArray());
        Assert.Equal((JsonValueKind.Null, 2), (measure.GetProperty("score").ValueKind, measure.GetProperty("missing").GetInt32()));
    }

    [Fact]
    public async Task Outsiders_see_no_single_answer_through_any_field_and_cannot_answer()
    {
        var pseudonym = await Sofie.EnrolAsync();
        await Sofie.AnswerAsync(pseudonym, "who5", [1, 1, 1, 1, 1]);
        foreach (var outsider in new[] { "herning-tovholder", "herning-chef", "herning-borger", "roskilde-leder", "national" })
        {
            var read = await api.Client(outsider).ReadCitizenAsync(pseudonym);
            Assert.False(read.Body.Contains("\"score\""), $"{outsider}: {read}");
            Assert.Equal("FORBIDDEN", read.Code);
            var mine = await api.Client(outsider).GraphQLAsync(CitizenMeasureClient.MyCitizens, new { code = "657" }, ct: Ct);
            Assert.DoesNotContain(pseudonym, mine.Body);
            var answer = await api.StoresNothingAsync(() => api.Client(outsider).AnswerAsync(pseudonym, "who5", [5, 5, 5, 5, 5]), Ct);
            Assert.Equal("FORBIDDEN", answer.Code);
            var code = await api.StoresNothingAsync(() => api.Client(outsider).Mutate("issuePersonalCode", "CitizenInput",
                new { municipalityCode = "657", pseudonym }, "code version"), Ct);
            Assert.Equal("FORBIDDEN", code.Code);
            // The tovholder may reassign a citizen's staff (never to herself); nobody else outside may.
            if (outsider == "herning-tovholder") continue;
            var staff = await api.StoresNothingAsync(() => api.Client(outsider).Mutate("changeCitizenStaff", "ChangeCitizenStaffInput",
                new { municipalityCode = "657", pseudonym, ownStaffIds = new[] { "p-657-sofie", "p-657-x" } }), Ct);
            Assert.Equal("FORBIDDEN", staff.Code);
        }
    }

    [Fact]
    public async Task A_staff_member_taken_off_the_citizens_own_staff_sees_and_enters_nothing_more()
    {
        var pseudonym = await Sofie.EnrolAsync();
        await Sofie.AnswerAsync(pseudonym, "who5", [4, 4, 4, 4, 4]);
        var moved = await Sofie.Mutate("changeCitizenStaff", "ChangeCitizenStaffInput", new { municipalityCode = "657", pseudonym, ownStaffIds = new[] { "p-657-sara" } });
        Assert.True(moved.Errors.Count == 0, moved.ToString());

        var read = await Sofie.ReadCitizenAsync(pseudonym);
        Assert.Equal("FORBIDDEN", read.Code);
        Assert.DoesNotContain("\"score\"", read.Body);
        Assert.DoesNotContain(pseudonym, (await Sofie.GraphQLAsync(CitizenMeasureClient.MyCitizens, new { code = "657" }, ct: Ct)).Body);
        Assert.Equal("FORBIDDEN", (await api.StoresNothingAsync(() => Sofie.AnswerAsync(pseudonym, "who5", [1, 1, 1, 1, 1]), Ct)).Code);
    }

    [Fact]
    public async Task Nobody_can_follow_a_citizens_stream_on_the_live_hub_not_even_their_own_staff()
    {
        var pseudonym = await Sofie.EnrolAsync();
        await using var live = await api.Server.LiveAsync(await api.Server.TokenFor("herning-medarbejder"), Ct);
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => live.InvokeAsync<long>("Follow", $"citizen:657:{pseudonym}", Ct));
    }

    [Fact]
    public async Task A_personal_code_token_reaches_its_own_citizen_and_nothing_else()
    {
        var other = await Sofie.EnrolAsync();
        await Sofie.AnswerAsync(other, "who5", [2, 2, 2, 2, 2]);
        var (pseudonym, citizen) = await CitizenSignedIn();

        Assert.Equal("FORBIDDEN", (await citizen.ReadCitizenAsync(other)).Code);
        Assert.Equal("FORBIDDEN", (await api.StoresNothingAsync(() => citizen.AnswerAsync(other, "who5", [5, 5, 5, 5, 5]), Ct)).Code);
        Assert.Equal("FORBIDDEN", (await citizen.GraphQLAsync(CitizenMeasureClient.Aggregates, new { code = "657", instrument = "who5" }, ct: Ct)).Code);
        Assert.Equal("FORBIDDEN", (await citizen.GraphQLAsync(CitizenMeasureClient.MyCitizens, new { code = "657" }, ct: Ct)).Code);
        Assert.Equal("FORBIDDEN", (await citizen.GraphQLAsync("query { municipality(code: \"657\") { temperatureRounds { id } } }", ct: Ct)).Code);
        Assert.Equal("FORBIDDEN", (await citizen.GraphQLAsync("query { municipality(code: \"657\") { people { personId } } }", ct: Ct)).Code);
        Assert.Equal("FORBIDDEN", (await api.StoresNothingAsync(() => citizen.Mutate("issuePersonalCode", "CitizenInput",
            new { municipalityCode = "657", pseudonym }, "code version"), Ct)).Code);
        Assert.Equal("FORBIDDEN", (await api.StoresNothingAsync(() => citizen.EnrolAsyncRaw(), Ct)).Code);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => api.Server.LiveAsync(citizen.DefaultRequestHeaders.Authorization!.Parameter!, Ct));
    }

    [Fact]
    public async Task A_wrong_replaced_or_oversized_code_signs_nobody_in()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var replaced = await Sofie.IssueCodeAsync(pseudonym);
        await Sofie.IssueCodeAsync(pseudonym);

        foreach (var code in new[] { replaced, "22222-22222", new string('A', 5000), null })
        {
            var (status, body) = await api.Anonymous.SignInAsync(code);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("Koden passer ikke. Tjek koden, eller spørg en medarbejder om en ny.", body.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_in_danish_and_stores_nothing()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var cases = new Func<Task<GraphQLResponse>>[]
        {
            () => Sofie.AnswerAsync(pseudonym, "who5", [6, 3, 3, 3, 3]),
            () => Sofie.AnswerAsync(pseudonym, "brief-inspire-o", [5, 3, 3, 3, 3]),
            () => Sofie.AnswerAsync(pseudonym, "who5", [null, null, null, null, null]),
            () => Sofie.AnswerAsync(pseudonym, "phq-9", [1, 1, 1, 1, 1]),
            () => Sofie.AnswerAsync(pseudonym, "who5", [1, 1, 1, 1, 1, 1]),
            () => Sofie.AnswerAsync("B-ZZZZZZ", "who5", [1, 1, 1, 1, 1]),
            () => Sofie.AnswerAsync("../../265/citizen/B-ZZZZZZ", "who5", [1, 1, 1, 1, 1]),
            () => Sofie.Mutate("enrolCitizen", "EnrolCitizenInput", new { municipalityCode = "657", ownStaffIds = Enumerable.Range(0, 21).Select(i => $"p-{i}") }),
            () => Sofie.Mutate("changeCitizenStaff", "ChangeCitizenStaffInput", new { municipalityCode = "657", pseudonym, ownStaffIds = new[] { "<script>" } }),
        };
        foreach (var request in cases)
        {
            var response = await api.StoresNothingAsync(request, Ct);
            Assert.Contains(response.Code, new[] { "VALIDATION", "NOT_FOUND" });
            Assert.DoesNotContain("Exception", response.Body);
        }
        Assert.Equal(JsonValueKind.Null, (await Sofie.ReadCitizenAsync("B-ZZZZZZ")).At("municipality", "citizen").ValueKind);
    }
}

internal static class CitizenEnrolment
{
    public static Task<GraphQLResponse> EnrolAsyncRaw(this HttpClient http) =>
        http.Mutate("enrolCitizen", "EnrolCitizenInput", new { municipalityCode = "657" });
}
