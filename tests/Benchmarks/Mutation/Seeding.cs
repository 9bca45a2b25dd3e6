using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// Waits for the demo seeding of 657 to finish, through the same GraphQL API the clients use: the
/// steering group must exist and its version stay put for a moment, or the benchmark would race
/// the seeder for the grain and measure its appends too.
/// </summary>
public static class Seeding
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    /// <returns>The number of plan items the seeding left.</returns>
    public static async Task<int> Wait(HttpClient http)
    {
        var started = Stopwatch.GetTimestamp();
        int? lastVersion = null;
        while (Stopwatch.GetElapsedTime(started) < GiveUp)
        {
            var group = await SteeringGroup(http);
            if (group is { } g && g.GetProperty("version").GetInt32() is var version)
            {
                if (version == lastVersion)
                    return g.GetProperty("developmentPlan").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength());
                lastVersion = version;
            }
            await Task.Delay(Settle);
        }
        throw new TimeoutException($"The steering group of {Tenant.Shared} was not seeded within {GiveUp.TotalSeconds} s.");
    }

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
