using System.Text.Json;

namespace Recovery.Api.Tests.Assessments;

/// <summary>The national coordinator publishes a questionnaire version; new rounds use it, earlier rounds keep theirs.</summary>
public sealed class QuestionnaireCatalogTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Publish = "mutation($input: PublishQuestionnaireInput!) { publishTemperatureQuestionnaire(input: $input) { version id } }";
    private const string Open = "mutation($input: OpenTemperatureRoundInput!) { openTemperatureRound(input: $input) { id } }";
    private const string RoundVersion = """
        query($code: String!, $id: ID!) {
          municipality(code: $code) { temperatureRound(id: $id) { questionnaireVersion questionnaire { statements { id text } } } }
        }
        """;

    private static object Statements(int perPrerequisite) => new
    {
        statements = Enumerable.Range(1, 8).SelectMany(p => Enumerable.Range(1, perPrerequisite)
            .Select(i => new { prerequisite = p, text = $"Ny formulering {p}.{i}" })).ToArray(),
    };

    private async Task<JsonElement> OpenRoundAndRead()
    {
        var id = Documents.NewId("t");
        var opened = await api.Client("herning-tovholder").GraphQLAsync(Open,
            new { input = new { municipalityCode = "657", id, title = "Måling", respondentIds = new[] { "p-657-birgitte" } } }, ct: Ct);
        Assert.True(opened.Errors.Count == 0, opened.ToString());
        return (await api.Client("herning-tovholder").GraphQLAsync(RoundVersion, new { code = "657", id }, ct: Ct)).At("municipality", "temperatureRound");
    }

    [Fact]
    public async Task A_published_version_is_used_by_new_rounds_while_earlier_rounds_keep_their_own()
    {
        var before = await OpenRoundAndRead();

        var published = await api.Client("national").GraphQLAsync(Publish, new { input = Statements(2) }, ct: Ct);
        var after = await OpenRoundAndRead();

        Assert.True(published.Errors.Count == 0, published.ToString());
        Assert.Equal("2", published.At("publishTemperatureQuestionnaire", "id").GetString());
        Assert.Equal(1, before.GetProperty("questionnaireVersion").GetInt32());
        Assert.Equal(24, before.GetProperty("questionnaire").GetProperty("statements").GetArrayLength());
        Assert.Equal(2, after.GetProperty("questionnaireVersion").GetInt32());
        Assert.Equal("Ny formulering 1.1", after.GetProperty("questionnaire").GetProperty("statements")[0].GetProperty("text").GetString());
        var versions = await api.Client("herning-borger").GraphQLAsync("{ temperatureQuestionnaires { version } }", ct: Ct);
        Assert.Equal([2, 1], versions.At("temperatureQuestionnaires").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Theory]
    [InlineData("herning-tovholder", 2, "FORBIDDEN")]
    [InlineData("herning-chef", 3, "FORBIDDEN")]
    [InlineData("national", 1, "VALIDATION")]
    [InlineData("national", 4, "VALIDATION")]
    public async Task Others_cannot_publish_and_a_malformed_version_is_refused_without_storing_anything(string persona, int perPrerequisite, string code)
    {
        var response = await api.StoresNothingAsync(
            () => api.Client(persona).GraphQLAsync(Publish, new { input = Statements(perPrerequisite) }, ct: Ct), Ct);

        Assert.Equal(code, response.Code);
    }
}
