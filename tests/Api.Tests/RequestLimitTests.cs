using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Recovery.Api.Tests;

/// <summary>
/// The doors outside GraphQL answer a body they cannot take with problem+json and a code, never a 500 or an
/// empty page: too large (413), not JSON (400), of the wrong media type (415).
/// </summary>
public sealed class RequestLimitTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, int, string> Cases => new()
    {
        { "/workshops/guests", "application/json", $$"""{"code":"ABC1234","name":"{{new string('n', 100_000)}}"}""", 413, "REQUEST_TOO_LARGE" },
        { "/auth/demo-token", "application/json", $$"""{"user":"{{new string('u', 100_000)}}"}""", 413, "REQUEST_TOO_LARGE" },
        { "/citizens/sign-in", "application/json", $$"""{"code":"{{new string('c', 100_000)}}"}""", 413, "REQUEST_TOO_LARGE" },
        { "/auth/demo-token", "application/json", """{"user": herning-tovholder""", 400, "INVALID_REQUEST" },
        { "/workshops/guests", "application/json", "\u0001\u0002 ikke json", 400, "INVALID_REQUEST" },
        { "/workshops/guests", "text/plain", """{"code":"ABC1234","name":"Gæst"}""", 415, "UNSUPPORTED_MEDIA_TYPE" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_body_the_door_cannot_take_gets_a_problem_with_a_code(string path, string mediaType, string body, int status, string code)
    {
        using var http = api.Server.Http();
        var before = await api.EventCountAsync(Ct);

        var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, mediaType), Ct);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(before, await api.EventCountAsync(Ct));
    }
}
