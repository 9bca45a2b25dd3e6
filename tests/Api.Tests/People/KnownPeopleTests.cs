namespace Recovery.Api.Tests.People;

/// <summary>The directory a group picks members from: known people of the municipality, only for those who add members.</summary>
public sealed class KnownPeopleTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string People = "query($code: String!) { municipality(code: $code) { people { personId name } } }";
    private const string PeopleIn = "query($code: String!, $slug: String) { municipality(code: $code) { people(slug: $slug) { personId name } } }";

    [Fact]
    public async Task A_tovholder_can_pick_a_known_citizen_with_the_id_she_signs_in_with()
    {
        var response = await api.Client("herning-tovholder").GraphQLAsync(People, new { code = "657" }, ct: TestContext.Current.CancellationToken);

        var people = response.At("municipality", "people").EnumerateArray().ToArray();
        Assert.Contains(people, p => p.GetProperty("personId").GetString() == "p-657-jonas" && p.GetProperty("name").GetString() == "Jonas Holm");
        Assert.Equal(people.Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Create(new("da-DK"), false)),
            people.Select(p => p.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("national", null)]
    [InlineData("roskilde-leder", null)]
    [InlineData("herning-borger", null)]
    [InlineData("herning-borger", "myndighed")]
    public async Task Only_those_who_add_members_get_the_names(string persona, string? slug)
    {
        var response = await api.Client(persona).GraphQLAsync(PeopleIn, new { code = "657", slug }, ct: TestContext.Current.CancellationToken);

        Assert.Equal("FORBIDDEN", response.Code);
        Assert.DoesNotContain("Jonas", response.Body);
    }

    [Fact]
    public async Task Adding_a_known_person_under_another_name_does_not_rename_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var added = await api.Client("herning-tovholder").GraphQLAsync(
            "mutation($input: AddGroupMemberInput!) { addImplementationGroupMember(input: $input) { version } }",
            new { input = new { municipalityCode = "657", slug = "bostoette", personId = "p-657-birgitte", name = "Et Andet Navn", role = "STRATEGIC_LEADER" } }, ct: ct);
        Assert.Empty(added.Errors);

        var response = await api.Client("herning-tovholder").GraphQLAsync(People, new { code = "657" }, ct: ct);

        var birgitte = response.At("municipality", "people").EnumerateArray().Single(p => p.GetProperty("personId").GetString() == "p-657-birgitte");
        Assert.Equal("Birgitte Dahl", birgitte.GetProperty("name").GetString());
        Assert.DoesNotContain("Et Andet Navn", response.Body);
    }
}
