using System.Net.Http.Json;
using System.Text.Json;
using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

/// <summary>An open workshop on a plan with one or more items to co-edit; <see cref="Item"/> is the first.</summary>
public sealed record OpenRoom(string Municipality, string Id, string Workshop, IReadOnlyList<string> Items, string Code)
{
    public string Item => Items[0];
}

/// <summary>What a guest gets at the door.</summary>
public sealed record GuestPass(string Token, string Workshop, string Participant);

/// <summary>Sets up workshops the way a tovholder does: over GraphQL, and guests through the door.</summary>
public static class Rooms
{
    /// <summary>The title every item a room opens with has.</summary>
    public const string ItemTitle = "Fælles punkt";

    public static async Task<OpenRoom> OpenAsync(RecoveryServer server, string token, string municipality, CancellationToken ct, string itemText = "")
    {
        using var http = server.Http(token);
        return await OpenAsync(http, municipality, ct, itemText);
    }

    /// <param name="http">A client of any silo, carrying a token of someone who governs <paramref name="municipality"/>.</param>
    public static Task<OpenRoom> OpenAsync(HttpClient http, string municipality, CancellationToken ct, string itemText = "") =>
        OpenAsync(http, municipality, 1, ct, itemText);

    /// <param name="http">A client of any silo, carrying a token of someone who governs <paramref name="municipality"/>.</param>
    /// <param name="items">How many new plan items the workshop opens with, each with <paramref name="itemText"/> as its description.</param>
    public static async Task<OpenRoom> OpenAsync(HttpClient http, string municipality, int items, CancellationToken ct, string itemText = "")
    {
        var ids = Enumerable.Range(0, items).Select(_ => $"i-{Guid.NewGuid():N}").ToArray();
        var id = $"w-{Guid.NewGuid():N}";
        foreach (var item in ids)
            await GraphQL(http, """
                mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { version } }
                """, new { input = new { municipalityCode = municipality, id = item, prerequisite = 3, title = ItemTitle, description = itemText } }, ct);
        await GraphQL(http, """
            mutation($code: String!, $id: ID!) {
              scheduleWorkshop(municipalityCode: $code, id: $id, title: "Værksted", startsAt: "2026-12-03T09:00:00+01:00", agenda: ["Velkomst", "Planen"]) { version }
            }
            """, new { code = municipality, id }, ct);
        var opened = await GraphQL(http, """
            mutation($code: String!, $id: ID!) { openWorkshop(municipalityCode: $code, id: $id) { code } }
            """, new { code = municipality, id }, ct);
        return new OpenRoom(municipality, id, WorkshopKeys.Grain(municipality, id), ids, opened.GetProperty("openWorkshop").GetProperty("code").GetString()!);
    }

    public static async Task<GuestPass> AdmitAsync(RecoveryServer server, string code, string name, CancellationToken ct)
    {
        using var http = server.Http();
        return await AdmitAsync(http, code, name, ct);
    }

    /// <param name="http">A client of any silo, without a token: guests have none until the door gives them one.</param>
    public static async Task<GuestPass> AdmitAsync(HttpClient http, string code, string name, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/workshops/guests", new { code, name }, ct);
        response.EnsureSuccessStatusCode();
        var pass = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return new GuestPass(pass.GetProperty("token").GetString()!, pass.GetProperty("workshop").GetString()!, pass.GetProperty("participant").GetString()!);
    }

    /// <summary>Runs a GraphQL document and returns <c>data</c>, failing on any error.</summary>
    public static async Task<JsonElement> GraphQL(HttpClient http, string query, object variables, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL failed: {errors}");
        return body.GetProperty("data");
    }
}
