using System.Text.Json;

namespace Recovery.Api.Tests.Isolation;

/// <summary>What the catalogue declares open answers anyone, and holds no municipality's private data.</summary>
[Collection(IsolationCollection.Name)]
public sealed class PublicOperationTests(MatrixServer api)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Open() => [.. Catalogue.All.OfType<FieldEntry>().Where(e => e.Need is Need.Public).Select(e => e.Operation)];

    [Theory]
    [MemberData(nameof(Open))]
    public async Task An_open_field_answers_anonymously_and_names_nobody_of_either_municipality(string operation)
    {
        var entry = Catalogue.All.OfType<FieldEntry>().Single(e => e.Operation == operation);
        var (document, variables, path) = Operations.Document(api.Schema, operation, api.Herning.Code, entry.Arguments(api.Herning));

        var response = await api.Anonymous.GraphQLAsync(document, variables, ct: Ct);

        Assert.True(response.Errors.Count == 0, response.ToString());
        Assert.False(Operations.HoldsNothing(response, path), response.Body);
        foreach (var t in new[] { api.Herning, api.Roskilde })
            foreach (var secret in new[] { t.PersonId, t.Slug, t.Citizen, t.Round, t.Review, t.Room.Id, "Mette Lund", "Anne Krogh" })
                Assert.DoesNotContain(secret, response.Body);
    }

    [Fact]
    public async Task Me_tells_each_caller_about_themselves_only()
    {
        const string me = "{ me { personId municipalityCode role } }";

        var roskilde = await api.Client("roskilde-leder").GraphQLAsync(me, ct: Ct);
        var anonymous = await api.Anonymous.GraphQLAsync(me, ct: Ct);

        Assert.Equal("p-265-anne", roskilde.At("me", "personId").GetString());
        Assert.Equal("265", roskilde.At("me", "municipalityCode").GetString());
        Assert.True(Operations.HoldsNothing(anonymous, ["me"]), anonymous.Body);
    }

    [Fact]
    public async Task The_national_console_shows_the_coordinator_numbers_and_no_person()
    {
        var console = await api.Client("national").GraphQLAsync("{ nationalConsole { __typename } }", ct: Ct);
        var full = await api.Client("national").GraphQLAsync(
            "query($code: String!) { municipalityProgress(code: $code) { __typename } municipality(code: $code) { steeringGroup { members { personId name } } } }",
            new { code = "657" }, ct: Ct);

        Assert.Empty(console.Errors);
        Assert.Empty(full.Errors);
        Assert.Equal(JsonValueKind.Object, full.At("municipalityProgress").ValueKind);
        Assert.DoesNotContain("p-657-", full.Body);
        Assert.DoesNotContain("Mette Lund", full.Body);
    }
}
