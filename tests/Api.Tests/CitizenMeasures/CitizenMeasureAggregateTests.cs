namespace Recovery.Api.Tests.CitizenMeasures;

/// <summary>
/// The aggregates on their own server: the demo seeds three Brief INSPIRE-O answers in Herning this
/// quarter, so four citizens are still suppressed and the fifth makes the numbers appear.
/// </summary>
public sealed class CitizenMeasureAggregateTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<GraphQLResponse> Aggregates(string persona, string instrument = "brief-inspire-o") =>
        await api.Client(persona).GraphQLAsync(CitizenMeasureClient.Aggregates, new { code = "657", instrument }, ct: Ct);

    private async Task AnotherCitizenAnswers(int?[] answers)
    {
        var staff = api.Client("herning-medarbejder");
        var pseudonym = await staff.EnrolAsync();
        var response = await staff.AnswerAsync(pseudonym, "brief-inspire-o", answers);
        Assert.True(response.Errors.Count == 0, response.ToString());
    }

    [Fact]
    public async Task Four_citizens_are_too_few_to_show_and_five_show_mean_and_shares_to_everyone_who_reads_the_municipality()
    {
        await AnotherCitizenAnswers([3, 3, 3, 3, 3]);
        var four = Assert.Single((await Aggregates("herning-chef")).At("municipality", "citizenMeasureAggregates").EnumerateArray());
        Assert.True(four.GetProperty("suppressed").GetBoolean());
        foreach (var hidden in new[] { "citizens", "mean", "shareAboveCutOff", "shareWithRelevantChange" })
            Assert.Equal(System.Text.Json.JsonValueKind.Null, four.GetProperty(hidden).ValueKind);

        await AnotherCitizenAnswers([1, 1, 1, 1, 1]);
        foreach (var persona in new[] { "herning-chef", "herning-tovholder", "national" })
        {
            var five = Assert.Single((await Aggregates(persona)).At("municipality", "citizenMeasureAggregates").EnumerateArray());
            Assert.False(five.GetProperty("suppressed").GetBoolean());
            Assert.Equal(5, five.GetProperty("citizens").GetInt32());
            // Seeded 47, 13, 60; here 67 and 0: mean 37.4, and 60 and 67 are over 50.
            Assert.Equal((37.4, 0.4), (five.GetProperty("mean").GetDouble(), five.GetProperty("shareAboveCutOff").GetDouble()));
        }
    }

    [Fact]
    public async Task Another_municipality_reads_no_aggregates_of_herning_and_an_unknown_instrument_is_refused()
    {
        Assert.Equal("FORBIDDEN", (await Aggregates("roskilde-leder")).Code);
        Assert.Equal("VALIDATION", (await Aggregates("herning-chef", "sf-36")).Code);
    }
}
