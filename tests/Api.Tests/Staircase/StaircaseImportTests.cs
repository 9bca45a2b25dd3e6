using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Recovery.Api.Tests.Staircase;

/// <summary>CSV files posted as a browser would: a good file is stored as one import, and any bad file stores nothing at all.</summary>
public sealed class StaircaseImportTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<GraphQLResponse> Post(string? persona, byte[] file, string code = "657", string contentType = "text/csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return api.Client(persona).RawAsync(HttpMethod.Post, $"/imports/{code}/staircase", content, "application/json", Ct);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The staircase's version and its counts as JSON: what a refused file must leave exactly as it was.</summary>
    private async Task<string> Stored()
    {
        var response = await api.Client("herning-tovholder").GraphQLAsync(
            "query { municipality(code: \"657\") { staircase { version quarters { quarter counts { stepId count } } } } }", ct: Ct);
        return response.At("municipality", "staircase").GetRawText();
    }

    private async Task<GraphQLResponse> RefusedAndNothingStored(string? persona, byte[] file, HttpStatusCode status, string code = "657", string contentType = "text/csv")
    {
        var before = await Stored();
        var response = await api.StoresNothingAsync(() => Post(persona, file, code, contentType), Ct);
        Assert.True(status == response.Status, response.ToString());
        Assert.Equal(before, await Stored());
        return response;
    }

    private static IEnumerable<(int Line, string Reason)> Rejected(GraphQLResponse response) =>
        response.Json.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()!));

    [Fact]
    public async Task A_good_file_is_stored_as_one_import_and_the_same_file_again_changes_nothing()
    {
        var file = Utf8("\uFEFFkvartal;trin;antal\r\n2031K1;sel-108;80\r\n2031K1;§ 85 Socialpædagogisk støtte (bostøtte);260\r\n2031K2;civilsamfund;90\r\n");

        var first = await Post("herning-tovholder", file);
        var events = await api.EventCountAsync(Ct);
        var again = await Post("herning-chef", file);

        Assert.True(first.Status == HttpStatusCode.OK, first.ToString());
        Assert.Equal(3, first.Json.GetProperty("accepted").GetInt32());
        Assert.Equal(first.Json.GetProperty("version").GetInt64(), again.Json.GetProperty("version").GetInt64());
        Assert.Equal(events, await api.EventCountAsync(Ct));
        var quarters = JsonDocument.Parse(await Stored()).RootElement.GetProperty("quarters").EnumerateArray();
        var q1 = quarters.Single(q => q.GetProperty("quarter").GetString() == "2031K1").GetProperty("counts");
        Assert.Equal([("sel-85", 260), ("sel-108", 80)], q1.EnumerateArray().Select(c => (c.GetProperty("stepId").GetString(), c.GetProperty("count").GetInt32())));
    }

    [Theory]
    [InlineData("quarter;step;count\n2031K3;sel-85;4\n", 1, "Forkerte kolonner")]
    [InlineData("kvartal;trin;antal\n2031K3;sel-85;4\n2031K3;sel-108;-2\n", 3, "negativt")]
    [InlineData("kvartal;trin;antal\n2031K3;sel-85;4\n2031K3;botilbud-x;2\n", 3, "Ukendt trin")]
    [InlineData("kvartal;trin;antal\n2031K3;sel-85;4\n2031K3;sel-85;5\n", 3, "linje 2")]
    [InlineData("kvartal;trin;antal\n2031K3;sel-85;4\n2031Q3;sel-82;5\n", 3, "Ugyldigt kvartal")]
    [InlineData("kvartal;trin;antal\n2031K3;sel-85;4\n2031K3;sel-82\n", 3, "3 felter")]
    [InlineData("kvartal;trin;antal\n", 0, "ingen rækker")]
    public async Task A_malformed_file_is_refused_with_the_line_and_reason_and_changes_nothing(string text, int line, string reason)
    {
        var response = await RefusedAndNothingStored("herning-tovholder", Utf8(text), HttpStatusCode.UnprocessableContent);

        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Contains("Intet er gemt", response.Json.GetProperty("title").GetString());
        var rejected = Assert.Single(Rejected(response));
        Assert.Equal(line, rejected.Line);
        Assert.Contains(reason, rejected.Reason);
    }

    [Fact]
    public async Task A_file_in_another_encoding_or_binary_garbage_changes_nothing()
    {
        var latin1 = await RefusedAndNothingStored("herning-tovholder", Encoding.Latin1.GetBytes("kvartal;trin;antal\n2031K3;§ 85 Socialpædagogisk støtte (bostøtte);4\n"),
            HttpStatusCode.UnprocessableContent);
        var garbage = await RefusedAndNothingStored("herning-tovholder", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))],
            HttpStatusCode.UnprocessableContent, contentType: "application/octet-stream");

        Assert.Contains("UTF-8", Rejected(latin1).Single().Reason);
        Assert.Equal(0, Rejected(garbage).Single().Line);
    }

    [Fact]
    public async Task A_huge_file_is_refused_before_it_is_read_and_changes_nothing()
    {
        var huge = Utf8("kvartal;trin;antal\n" + string.Concat(Enumerable.Repeat("2031K4;sel-85;4\n", 40_000)));
        var response = await RefusedAndNothingStored("herning-tovholder", huge, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("for stor", response.Json.GetProperty("title").GetString());

        var tooManyRows = Utf8("kvartal;trin;antal\n" + string.Concat(Enumerable.Range(0, 2_001).Select(i => $"{2000 + i / 20}K{i % 4 + 1};sel-85;1\n")));
        Assert.Contains("højst 2000", Rejected(await RefusedAndNothingStored("herning-tovholder", tooManyRows, HttpStatusCode.UnprocessableContent)).Single().Reason);
    }

    [Fact]
    public async Task Only_those_who_govern_their_own_municipality_may_import()
    {
        var file = Utf8("kvartal;trin;antal\n2031K4;sel-85;4\n");

        var anonymous = await RefusedAndNothingStored(null, file, HttpStatusCode.Unauthorized);
        var citizen = await RefusedAndNothingStored("herning-borger", file, HttpStatusCode.Forbidden);
        var national = await RefusedAndNothingStored("national", file, HttpStatusCode.Forbidden);
        var roskilde = await RefusedAndNothingStored("roskilde-leder", file, HttpStatusCode.Forbidden);
        var unknown = await RefusedAndNothingStored("herning-tovholder", file, HttpStatusCode.NotFound, code: "999");
        var form = await RefusedAndNothingStored("herning-tovholder", file, HttpStatusCode.UnsupportedMediaType, contentType: "application/json");

        Assert.Contains("anden kommunes", roskilde.Json.GetProperty("title").GetString());
        Assert.All([anonymous, citizen, national, unknown, form], r => Assert.Equal("application/problem+json", r.MediaType));
    }
}
