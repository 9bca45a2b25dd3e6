using System.Text;
using System.Text.Json;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// What the demo seeding left on 657's steering group. The server is only handed over once seeding
/// has finished (RecoveryServer waits for it), so one read is enough.
/// </summary>
public static class Seeding
{
    /// <returns>The number of plan items the seeding left.</returns>
    public static async Task<int> PlanItems(HttpClient http) =>
        await SteeringGroup(http) is { } group
            ? group.GetProperty("developmentPlan").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength())
            : throw new InvalidOperationException($"The steering group of {Tenant.Shared} was not seeded.");

    private static async Task<JsonElement?> SteeringGroup(HttpClient http)
    {
        using var content = new StringContent(PlanItemRequests.SeedingQuery, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var json = document.RootElement;
        return json.TryGetProperty("data", out var data)
               && data.GetProperty("municipality").GetProperty("steeringGroup") is { ValueKind: JsonValueKind.Object } group
            ? group.Clone()
            : null;
    }
}
