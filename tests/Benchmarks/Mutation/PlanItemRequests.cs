using System.Text.Json;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// The GraphQL documents the benchmark sends. Ids and titles are unique per client and round (a
/// repeated id would be recognised as a retry and append nothing) and of fixed width, so every body
/// of a kind has the same size; the floor's bare POST carries the very same bytes.
/// </summary>
public static class PlanItemRequests
{
    private const string Add = "mutation Add($input: AddPlanItemInput!) { addPlanItem(input: $input) { version id } }";
    private const string Edit = "mutation Edit($input: EditPlanItemInput!) { editPlanItem(input: $input) { version id } }";

    public const string NoGrainQuery = """{"query":"{ prerequisites { number } }"}""";

    public const string SeedingQuery = """{"query":"{ municipality(code: \"657\") { steeringGroup { version developmentPlan { items { id } } } } }"}""";

    public const string Description = "Målt af benchmarken: et punkt af typisk længde med en kort beskrivelse af, hvad der skal ske.";

    public static string ItemId(int level, int client, int round) => $"b{level}-c{client:D2}-r{round:D4}";

    /// <summary>Round <paramref name="round"/>'s product operation: add a new item, or retitle the one added two rounds before.</summary>
    public static byte[] Body(string municipality, int level, int client, int round) => LevelPlan.Adds(round)
        ? JsonSerializer.SerializeToUtf8Bytes(new Request(Add, new(new
        {
            municipalityCode = municipality,
            id = ItemId(level, client, round),
            prerequisite = round % 8 + 1,
            title = $"Punkt {client:D2}-{round:D4}",
            description = Description,
        })), JsonSerializerOptions.Web)
        : JsonSerializer.SerializeToUtf8Bytes(new Request(Edit, new(new
        {
            municipalityCode = municipality,
            itemId = ItemId(level, client, LevelPlan.AddedIn(round)),
            title = $"Rettet {client:D2}-{round:D4}",
            description = Description,
            status = "PLANNED",
        })), JsonSerializerOptions.Web);

    private sealed record Request(string Query, Variables Variables);

    private sealed record Variables(object Input);
}
