using static Recovery.Api.Tests.ImplementationGroups.GroupDocuments;

namespace Recovery.Api.Tests.ImplementationGroups;

/// <summary>A municipality that chooses to share citizens' words lets the national coordinator read them; its own server, since the choice is municipality-wide.</summary>
public sealed class CitizenTextSharingTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Actions = "query($code: String!) { municipality(code: $code) { actions { title withheld } } }";

    [Fact]
    public async Task The_coordinator_reads_a_citizens_words_once_the_strategic_leader_shares_them()
    {
        async Task Ok(string persona, string document, object variables)
        {
            var response = await api.Client(persona).GraphQLAsync(document, variables, ct: Ct);
            Assert.True(response.Errors.Count == 0, response.ToString());
        }
        await Ok("herning-tovholder", Mutation("establishImplementationGroup", "EstablishImplementationGroupInput"),
            new { input = new { municipalityCode = "657", slug = "deling", name = "Deling" } });
        await Ok("herning-tovholder", Mutation("addImplementationGroupMember", "AddGroupMemberInput"),
            new { input = new { municipalityCode = "657", slug = "deling", personId = "p-657-jonas", name = "Jonas Holm", role = "CITIZEN" } });
        await Ok("herning-borger", Mutation("addActivity", "AddActivityInput"),
            new { input = new { municipalityCode = "657", slug = "deling", title = "Jonas' idé om naboskab", principles = new[] { 3 } } });
        var before = await api.Client("national").GraphQLAsync(WholeGroup, new { code = "657", slug = "deling" }, ct: Ct);
        var actionsBefore = await api.Client("national").GraphQLAsync(Actions, new { code = "657" }, ct: Ct);

        await Ok("herning-chef", "mutation { shareCitizenText(municipalityCode: \"657\", shared: true) { version } }", new { });
        var after = await api.Client("national").GraphQLAsync(WholeGroup, new { code = "657", slug = "deling" }, ct: Ct);
        var actionsAfter = await api.Client("national").GraphQLAsync(Actions, new { code = "657" }, ct: Ct);

        Assert.Empty(before.Errors);
        var hidden = Assert.Single(before.At("municipality", "implementationGroup", "activities").EnumerateArray());
        Assert.Equal(("", true), (hidden.GetProperty("title").GetString(), hidden.GetProperty("withheld").GetBoolean()));
        Assert.DoesNotContain("naboskab", before.Body);
        var activity = Assert.Single(after.At("municipality", "implementationGroup", "activities").EnumerateArray());
        Assert.Equal(("Jonas' idé om naboskab", false), (activity.GetProperty("title").GetString(), activity.GetProperty("withheld").GetBoolean()));
        Assert.DoesNotContain("Jonas Holm", after.Body);
        // The cross-group list follows the same choice as the group itself.
        Assert.DoesNotContain("naboskab", actionsBefore.Body);
        Assert.Contains(actionsBefore.At("municipality", "actions").EnumerateArray(), a => a.GetProperty("withheld").GetBoolean());
        Assert.Contains(actionsAfter.At("municipality", "actions").EnumerateArray(),
            a => a.GetProperty("title").GetString() == "Jonas' idé om naboskab" && !a.GetProperty("withheld").GetBoolean());
    }
}
