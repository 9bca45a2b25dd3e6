using System.Net;
using System.Text.Json;
using Recovery.Api.Tests.CitizenMeasures;

namespace Recovery.Api.Tests.Privacy;

/// <summary>Every read of one citizen's answers is logged for the municipality; aggregates and lists are not.</summary>
public sealed class CitizenAccessLogTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Log = """
        query($code: String!, $offset: Int, $limit: Int) {
          municipality(code: $code) { citizenAccessLog(offset: $offset, limit: $limit) { total entries { at pseudonym readerId readerName readerRole through } } }
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Sofie => api.Client("herning-medarbejder");
    private HttpClient Mette => api.Client("herning-tovholder");

    private async Task<(int Total, JsonElement[] Entries)> Read(HttpClient client, string code = "657", int? offset = null, int? limit = null)
    {
        var response = await client.GraphQLAsync(Log, new { code, offset, limit }, ct: Ct);
        Assert.True(response.Errors.Count == 0, response.ToString());
        var page = response.At("municipality", "citizenAccessLog");
        return (page.GetProperty("total").GetInt32(), [.. page.GetProperty("entries").EnumerateArray()]);
    }

    [Fact]
    public async Task A_staff_read_appends_exactly_one_entry_naming_the_reader_and_aggregates_and_lists_append_none()
    {
        var pseudonym = await Sofie.EnrolAsync();
        Assert.Empty((await Sofie.AnswerAsync(pseudonym, "who5", [4, 4, 2, 2, 1])).Errors);
        var (before, _) = await Read(Mette);

        Assert.Empty((await Sofie.ReadCitizenAsync(pseudonym)).Errors);
        var (after, entries) = await Read(Mette);
        Assert.Empty((await Sofie.GraphQLAsync(CitizenMeasureClient.Aggregates, new { code = "657", instrument = "who5" }, ct: Ct)).Errors);
        Assert.Empty((await Sofie.GraphQLAsync(CitizenMeasureClient.MyCitizens, new { code = "657" }, ct: Ct)).Errors);
        await Sofie.IssueCodeAsync(pseudonym);
        var (later, _) = await Read(Mette);

        Assert.Equal(before + 1, after);
        Assert.Equal(after, later);
        var entry = entries[0];
        Assert.Equal((pseudonym, "p-657-sofie", "Sofie Bech", "staff", "citizen"),
            (entry.GetProperty("pseudonym").GetString(), entry.GetProperty("readerId").GetString(), entry.GetProperty("readerName").GetString(),
             entry.GetProperty("readerRole").GetString(), entry.GetProperty("through").GetString()));
    }

    [Fact]
    public async Task The_citizen_reading_their_own_answers_is_logged_as_the_citizen()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var (status, body) = await api.Anonymous.SignInAsync(await Sofie.IssueCodeAsync(pseudonym));
        Assert.Equal(HttpStatusCode.OK, status);
        using var citizen = api.Server.Http(body.GetProperty("token").GetString());

        Assert.Empty((await citizen.ReadCitizenAsync(pseudonym)).Errors);

        var (_, entries) = await Read(Mette);
        Assert.Equal((pseudonym, "borgeren selv", "citizen"),
            (entries[0].GetProperty("pseudonym").GetString(), entries[0].GetProperty("readerName").GetString(), entries[0].GetProperty("readerRole").GetString()));
    }

    [Fact]
    public async Task A_refused_read_is_not_logged_as_a_read()
    {
        var pseudonym = await Sofie.EnrolAsync();
        var (before, _) = await Read(Mette);

        Assert.Equal("FORBIDDEN", (await api.Client("herning-chef").ReadCitizenAsync(pseudonym)).Code);

        Assert.Equal(before, (await Read(Mette)).Total);
    }

    [Fact]
    public async Task The_log_is_newest_first_in_pages()
    {
        var pseudonym = await Sofie.EnrolAsync();
        for (var i = 0; i < 3; i++) Assert.Empty((await Sofie.ReadCitizenAsync(pseudonym)).Errors);

        var (total, all) = await Read(Mette, limit: 100);
        var (_, second) = await Read(Mette, offset: 1, limit: 1);

        Assert.True(total >= 3);
        var times = all.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToArray();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(all[1].ToString(), second[0].ToString());
        Assert.Equal("VALIDATION", (await Mette.GraphQLAsync(Log, new { code = "657", offset = -1, limit = 10 }, ct: Ct)).Code);
        Assert.Equal("VALIDATION", (await Mette.GraphQLAsync(Log, new { code = "657", offset = 0, limit = 101 }, ct: Ct)).Code);
    }

    [Theory]
    [InlineData("roskilde-leder")]
    [InlineData("national")]
    [InlineData("herning-medarbejder")]
    [InlineData("herning-borger")]
    public async Task Only_the_municipalitys_governors_see_its_log(string persona)
    {
        var pseudonym = await Sofie.EnrolAsync();
        Assert.Empty((await Sofie.ReadCitizenAsync(pseudonym)).Errors);

        var response = await api.Client(persona).GraphQLAsync(Log, new { code = "657", offset = 0, limit = 100 }, ct: Ct);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.DoesNotContain(pseudonym, response.Body);
    }

    [Fact]
    public async Task Another_municipalitys_own_log_holds_nothing_of_this_one()
    {
        var pseudonym = await Sofie.EnrolAsync();
        Assert.Empty((await Sofie.ReadCitizenAsync(pseudonym)).Errors);

        var response = await api.Client("roskilde-leder").GraphQLAsync(Log, new { code = "265", offset = 0, limit = 100 }, ct: Ct);

        Assert.True(response.Errors.Count == 0, response.ToString());
        Assert.DoesNotContain(pseudonym, response.Body);
        Assert.DoesNotContain("p-657-sofie", response.Body);
    }
}
