namespace Recovery.Api.Tests;

/// <summary>The GraphQL documents the tests send, each taking its arguments as variables.</summary>
public static class Documents
{
    public const string Establish = "mutation($code: String!) { establishSteeringGroup(municipalityCode: $code) { version id } }";
    public const string AddMember = "mutation($input: AddMemberInput!) { addSteeringGroupMember(input: $input) { version id } }";
    public const string RemoveMember = "mutation($input: RemoveMemberInput!) { removeSteeringGroupMember(input: $input) { version id } }";
    public const string RecordDecision = "mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { version id } }";
    public const string AddPlanItem = "mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { version id } }";
    public const string EditPlanItem = "mutation($input: EditPlanItemInput!) { editPlanItem(input: $input) { version id } }";
    public const string RestorePlanItem = "mutation($input: RestorePlanItemInput!) { restorePlanItem(input: $input) { version id } }";

    /// <summary>The group's history, or one item's: every field of each line.</summary>
    public const string History = """
        query($code: String!, $itemId: ID, $first: Int) {
          municipality(code: $code) { steeringGroup { history(itemId: $itemId, first: $first) { version at actorName actorRole text sentence } } }
        }
        """;

    /// <summary>The group as it was at the end of a day, with its plan items' titles.</summary>
    public const string SteeringGroupAsOf = """
        query($code: String!, $asOf: String!) {
          municipality(code: $code) { steeringGroup(asOf: $asOf) { asOf version canGovern canEditPlan developmentPlan { items { id title } } } }
        }
        """;

    /// <summary>The group without its plan: the plan's items are read a few fields at a time (see <see cref="PlanItems"/>).</summary>
    public const string SteeringGroup = """
        query($code: String!) {
          municipality(code: $code) {
            steeringGroup {
              version canGovern canEditPlan
              members { personId name role }
              decisions { id title rationale recordedByName }
            }
          }
        }
        """;

    /// <summary>
    /// Plan items with the given fields besides id. The complexity limit refuses more than about four
    /// item fields in one query (a bug, see SteeringGroupWorkflowTests), so callers ask in groups.
    /// </summary>
    public static string PlanItems(string fields) =>
        $"query($code: String!) {{ municipality(code: $code) {{ steeringGroup {{ developmentPlan {{ items {{ id {fields} }} }} }} }} }}";

    /// <summary>What a steering group page shows, in one query.</summary>
    public const string WholeSteeringGroup = """
        query($code: String!) {
          municipality(code: $code) {
            steeringGroup {
              version canGovern canEditPlan
              members { personId name role }
              decisions { id title rationale recordedAt recordedByName }
              developmentPlan { prerequisite { number title } items { id prerequisite title description ownerId ownerName due status } }
            }
          }
        }
        """;

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
