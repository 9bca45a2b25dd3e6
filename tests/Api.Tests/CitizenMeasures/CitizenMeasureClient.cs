using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Recovery.Api.Tests.CitizenMeasures;

/// <summary>The citizen measures' GraphQL documents and the personal-code sign-in, shared by the test classes.</summary>
internal static class CitizenMeasureClient
{
    public const string Citizen = """
        query($code: String!, $pseudonym: String!) {
          municipality(code: $code) {
            citizen(pseudonym: $pseudonym) { pseudonym youAreOwnStaff ownStaffIds hasPersonalCode measures { instrument answers score missing period onBehalf } }
          }
        }
        """;

    public const string Aggregates = """
        query($code: String!, $instrument: String!) {
          municipality(code: $code) {
            citizenMeasureAggregates(instrument: $instrument) { period suppressed citizens mean shareAboveCutOff shareWithRelevantChange }
          }
        }
        """;

    public const string MyCitizens = "query($code: String!) { municipality(code: $code) { myCitizens { pseudonym } } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<GraphQLResponse> Mutate(this HttpClient http, string field, string type, object input, string selection = "version id") =>
        http.GraphQLAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ {selection} }} }}", new { input }, ct: Ct);

    public static async Task<string> EnrolAsync(this HttpClient staff)
    {
        var response = await staff.Mutate("enrolCitizen", "EnrolCitizenInput", new { municipalityCode = "657" });
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("enrolCitizen", "id").GetString()!;
    }

    public static async Task<string> IssueCodeAsync(this HttpClient staff, string pseudonym)
    {
        var response = await staff.Mutate("issuePersonalCode", "CitizenInput", new { municipalityCode = "657", pseudonym }, "code version");
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.At("issuePersonalCode", "code").GetString()!;
    }

    public static Task<GraphQLResponse> AnswerAsync(this HttpClient http, string pseudonym, string instrument, int?[] answers, bool onBehalf = false) =>
        http.Mutate("answerCitizenMeasure", "AnswerCitizenMeasureInput", new
        {
            municipalityCode = "657",
            pseudonym,
            instrument,
            answers = answers.Select((a, i) => (Item: i + 1, Value: a)).Where(a => a.Value is not null).Select(a => new { item = a.Item, value = a.Value }),
            onBehalf,
        });

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SignInAsync(this HttpClient anonymous, string? code)
    {
        var response = await anonymous.PostAsJsonAsync("/citizens/sign-in", new { code }, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    public static Task<GraphQLResponse> ReadCitizenAsync(this HttpClient http, string pseudonym) =>
        http.GraphQLAsync(Citizen, new { code = "657", pseudonym }, ct: Ct);
}
