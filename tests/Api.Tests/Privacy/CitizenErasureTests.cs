using System.Net;
using Npgsql;
using Recovery.Api.Tests.CitizenMeasures;

namespace Recovery.Api.Tests.Privacy;

/// <summary>Erasing a citizen's measures: no answer, event, summary, code or pseudonym of theirs is left anywhere.</summary>
public sealed class CitizenErasureTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Sofie => api.Client("herning-medarbejder");

    private Task<GraphQLResponse> EraseCitizen(HttpClient client, string pseudonym, string code = "657") =>
        client.GraphQLAsync("mutation($input: CitizenInput!) { eraseCitizenMeasures(input: $input) }",
            new { input = new { municipalityCode = code, pseudonym } }, ct: Ct);

    private Task<DatabaseDump> Dump() => DatabaseDump.Take(api.Server.ConnectionString, Ct);

    private async Task<string[]> EventIds(string pseudonym)
    {
        await using var connection = new NpgsqlConnection(api.Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT id::text FROM recovery.mt_events WHERE stream_id = @s", connection);
        command.Parameters.AddWithValue("s", $"citizen:657:{pseudonym}");
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var ids = new List<string>();
        while (await reader.ReadAsync(Ct)) ids.Add(reader.GetString(0));
        return [.. ids];
    }

    /// <summary>A citizen with a code, answers from both the citizen and their staff, and a read by each.</summary>
    private async Task<(string Pseudonym, string Code, HttpClient Citizen)> AnsweredCitizen()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var code = await Sofie.IssueCodeAsync(pseudonym);
        var (status, body) = await api.Anonymous.SignInAsync(code);
        Assert.Equal(HttpStatusCode.OK, status);
        var citizen = api.Server.Http(body.GetProperty("token").GetString());
        Assert.Empty((await citizen.AnswerAsync(pseudonym, "who5", [5, 4, 3, 2, 1])).Errors);
        Assert.Empty((await Sofie.AnswerAsync(pseudonym, "brief-inspire-o", [1, 2, 3, 4, 4], onBehalf: true)).Errors);
        Assert.Empty((await citizen.ReadCitizenAsync(pseudonym)).Errors);
        Assert.Empty((await Sofie.ReadCitizenAsync(pseudonym)).Errors);
        return (pseudonym, code, citizen);
    }

    [Fact]
    public async Task An_erased_citizen_leaves_no_answer_event_summary_code_or_pseudonym_and_other_municipalities_do_not_change()
    {
        var (pseudonym, code, citizen) = await AnsweredCitizen();
        var events = await EventIds(pseudonym);
        Assert.Equal(4, events.Length);
        var before = await Dump();
        Assert.Contains(pseudonym, before.AllText);
        Assert.All(events, id => Assert.Contains(id, before.AllText));

        var erased = await EraseCitizen(api.Client("herning-tovholder"), pseudonym);

        Assert.True(erased.Errors.Count == 0, erased.ToString());
        var after = await Dump();
        Assert.DoesNotContain(pseudonym, after.AllText);
        Assert.All(events, id => Assert.DoesNotContain(id, after.AllText));
        Assert.Equal(before.HashesExcept("657"), after.HashesExcept("657"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous.SignInAsync(code)).Status);
        Assert.Equal("NOT_FOUND", (await citizen.AnswerAsync(pseudonym, "who5", [1, 1, 1, 1, 1])).Code);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await citizen.ReadCitizenAsync(pseudonym)).At("municipality", "citizen").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await Sofie.ReadCitizenAsync(pseudonym)).At("municipality", "citizen").ValueKind);
        Assert.DoesNotContain(pseudonym, (await Sofie.GraphQLAsync(CitizenMeasureClient.MyCitizens, new { code = "657" }, ct: Ct)).Body);
        Assert.Equal("NOT_FOUND", (await EraseCitizen(api.Client("herning-tovholder"), pseudonym)).Code);
    }

    [Fact]
    public async Task The_aggregates_stop_counting_an_erased_citizen()
    {
        async Task<int> Counted()
        {
            var response = await Sofie.GraphQLAsync(CitizenMeasureClient.Aggregates, new { code = "657", instrument = "who5" }, ct: Ct);
            return response.At("municipality", "citizenMeasureAggregates").EnumerateArray()
                .Sum(p => p.GetProperty("citizens").ValueKind == System.Text.Json.JsonValueKind.Number ? p.GetProperty("citizens").GetInt32() : 0);
        }
        // Five more citizens this quarter, so the period is shown whatever else the demo holds.
        var pseudonyms = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var pseudonym = await Sofie.EnrolAsync();
            Assert.Empty((await Sofie.AnswerAsync(pseudonym, "who5", [3, 3, 3, 3, 3])).Errors);
            pseudonyms.Add(pseudonym);
        }
        var before = await Counted();

        Assert.Empty((await EraseCitizen(api.Client("herning-chef"), pseudonyms[0])).Errors);

        Assert.Equal(before - 1, await Counted());
    }

    [Theory]
    [InlineData("roskilde-leder", "657", "FORBIDDEN")]
    [InlineData("roskilde-leder", "265", "NOT_FOUND")]
    [InlineData("national", "657", "FORBIDDEN")]
    [InlineData("herning-medarbejder", "657", "FORBIDDEN")]
    public async Task Only_the_citizens_own_municipalitys_governors_can_erase_and_a_refusal_changes_nothing(string persona, string code, string refusal)
    {
        var (pseudonym, _, citizen) = await AnsweredCitizen();
        var before = await Dump();

        var response = await EraseCitizen(api.Client(persona), pseudonym, code);
        var byTheCitizen = await EraseCitizen(citizen, pseudonym);

        Assert.Equal(refusal, response.Code);
        Assert.Equal("FORBIDDEN", byTheCitizen.Code);
        Assert.Equal(before.HashesExcept(""), (await Dump()).HashesExcept(""));
        Assert.Empty((await Sofie.ReadCitizenAsync(pseudonym)).Errors);
    }
}
