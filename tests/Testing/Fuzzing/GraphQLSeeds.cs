namespace Recovery.Testing.Fuzzing;

/// <summary>
/// Real documents of the web client (src/Web/src/api), the raw material of the structural mutations.
/// Every mutation carries municipality code 999, which no municipality has, and only through its
/// variables: however a mutation is cut up, it cannot change anything.
/// </summary>
public static class GraphQLSeeds
{
    public sealed record Seed(string Document, string Variables);

    public static readonly Seed[] All =
    [
        new("query Viewer { me { personId name role municipalityCode } }", "{}"),
        new("query Municipalities { municipalities { code name region } }", "{}"),
        new("query Municipality($code: String!) { municipality(code: $code) { code name region } }", """{"code":"657"}"""),
        new("""
            query SteeringGroup($code: String!) { municipality(code: $code) { steeringGroup {
              municipalityCode version asOf canGovern canEditPlan mandate members { personId name role }
              decisions { id title rationale recordedAt recordedByName itemIds withheld }
              developmentPlan { prerequisite { number title } items { id prerequisite title description ownerId ownerName due status decisionId withheld source { kind id } } }
              workshops { id title startsAt status code } } } }
            """, """{"code":"657"}"""),
        new("mutation EstablishSteeringGroup($code: String!) { establishSteeringGroup(municipalityCode: $code) { version id } }", """{"code":"999"}"""),
        new("mutation AddPlanItem($input: AddPlanItemInput!) { addPlanItem(input: $input) { version id } }",
            """{"input":{"municipalityCode":"999","id":"i-fuzz","prerequisite":3,"title":"Fjendtligt punkt","description":"x"}}"""),
        new("mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { version id } }",
            """{"input":{"municipalityCode":"999","id":"d-fuzz","title":"Fjendtlig beslutning","rationale":"x"}}"""),
        new("""
            mutation Schedule($code: String!, $id: ID!) { scheduleWorkshop(municipalityCode: $code, id: $id, title: "Værksted",
              startsAt: "2026-12-03T09:00:00+01:00", agenda: ["Velkomst", "Planen"]) { version } }
            """, """{"code":"999","id":"w-fuzz"}"""),
    ];

    /// <summary>Names and punctuation a mutation may splice in; no literal here can name a real municipality.</summary>
    public static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "$code", "$input", "$id", "...", "@include(if: true)", "@skip(if: $code)", "=", "|", "&", "!",
        "query", "mutation", "subscription", "fragment", "on", "__typename", "__schema", "__type(name: \"Query\")", "me", "municipality",
        "municipalities", "steeringGroup", "members", "name", "code", "version", "establishSteeringGroup", "addPlanItem",
        "\"999\"", "\"\"", "\"\"\"blok\"\"\"", "0", "-1", "1e999", "2147483648", "true", "null", "#", "\"\\u0000\"", "\"\\ud800\"", "\0",
        "... on Query { me { name } }", "fragment F on Query { ...F }", "...F",
    ];
}
