using System.Text.Json;

namespace Recovery.Api.Tests;

/// <summary>Every kind of bad request is refused with a stable code and leaves the event store exactly as it was.</summary>
public sealed class BadInputTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Case(string? Caller, string Document, object? Variables, string Code, string? RawBody = null);

    private static object PlanItem(string title = "Et gyldigt punkt", string? description = null, string municipality = "657",
                                   int prerequisite = 3, string? ownerId = null, string? due = null, string? id = null) =>
        new { input = new { municipalityCode = municipality, id = id ?? Documents.NewId("i"), prerequisite, title, description, ownerId, due } };

    private static object Decision(string title = "En gyldig beslutning", string? rationale = null) =>
        new { input = new { municipalityCode = "657", id = Documents.NewId("d"), title, rationale } };

    private static object Edit(string itemId) =>
        new { input = new { municipalityCode = "657", itemId, title = "Overtaget", status = "DONE" } };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["malformed JSON"] = new("herning-tovholder", "", null, "INVALID_JSON",
            RawBody: """{"query": "mutation { establishSteeringGroup(municipalityCode: \"657\") { version } }" """),
        ["malformed GraphQL"] = new("herning-tovholder",
            """mutation { addPlanItem(input: { municipalityCode: "657", prerequisite: 1, title: "Uden slutparentes" } { version } }""", null, "SYNTAX_ERROR"),
        ["unknown municipality code"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(municipality: "999"), "NOT_FOUND"),
        ["title over 200 characters"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(title: new string('t', 201)), "VALIDATION"),
        ["rationale over 4000 characters"] = new("herning-tovholder", Documents.RecordDecision, Decision(rationale: new string('r', 4001)), "VALIDATION"),
        ["CPR number in a description"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(description: "Gælder borger 0101801234."), "VALIDATION"),
        ["CPR number with a dash in a description"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(description: "Se 010180-1234"), "VALIDATION"),
        ["CPR number in a decision title"] = new("herning-tovholder", Documents.RecordDecision, Decision(title: "Sag om 010180-1234"), "VALIDATION"),
        ["plan item id forged from another municipality"] = new("herning-tovholder", Documents.EditPlanItem, Edit("i-seed-265-1"), "NOT_FOUND"),
        ["owner who is not a member"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(ownerId: "p-265-anne"), "NOT_FOUND"),
        ["prerequisite 9"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(prerequisite: 9), "VALIDATION"),
        ["due date not as yyyy-MM-dd"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(due: "01-03-2027"), "VALIDATION"),
        ["client id that is not plain"] = new("herning-tovholder", Documents.AddPlanItem, PlanItem(id: "../i-seed-657-1"), "VALIDATION"),
        ["missing token"] = new(null, Documents.AddPlanItem, PlanItem(), "UNAUTHENTICATED"),
        ["expired token"] = new("expired", Documents.AddPlanItem, PlanItem(), "UNAUTHENTICATED"),
        ["token whose claims were tampered with"] = new("tampered", Documents.AddPlanItem, PlanItem(), "UNAUTHENTICATED"),
        ["citizen recording a decision"] = new("herning-borger", Documents.RecordDecision, Decision(), "FORBIDDEN"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_is_refused_with_its_code_and_changes_nothing(string name)
    {
        var bad = Cases[name];
        using var http = bad.Caller switch
        {
            "expired" => api.Server.Http(ExpiredToken()),
            "tampered" => api.Server.Http(TamperedToken()),
            _ => null,
        };
        var client = http ?? api.Client(bad.Caller);

        var response = await api.StoresNothingAsync(() => bad.RawBody is { } raw
            ? client.PostJsonAsync(raw, ct: Ct)
            : client.GraphQLAsync(bad.Document, bad.Variables, ct: Ct), Ct);

        Assert.Equal(bad.Code, response.Code);
        Assert.False(response.HasData, response.Body);
    }

    [Fact]
    public async Task A_valid_request_from_the_same_caller_is_stored_so_the_refusals_above_mean_something()
    {
        var before = await api.EventCountAsync(Ct);

        var response = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, PlanItem(), ct: Ct);

        Assert.Empty(response.Errors);
        Assert.Equal(before + 1, await api.EventCountAsync(Ct));
    }

    [Fact]
    public async Task A_title_of_exactly_200_characters_is_accepted()
    {
        var response = await api.Client("herning-tovholder").GraphQLAsync(Documents.AddPlanItem, PlanItem(title: new string('t', 200)), ct: Ct);

        Assert.Empty(response.Errors);
    }

    private static string ExpiredToken() =>
        ApiServer.MintToken("p-657-mette", "tovholder", "657", DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-1));

    /// <summary>A genuine token whose role was raised afterwards: what someone without the signing key could send.</summary>
    private static string TamperedToken()
    {
        var valid = ApiServer.MintToken("p-657-mette", "tovholder", "657", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1));
        var parts = valid.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlDecode(parts[1]))!;
        payload["role"] = "strategic-leader";
        return $"{parts[0]}.{Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";
    }

    private static byte[] Base64UrlDecode(string text) =>
        Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '='));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
