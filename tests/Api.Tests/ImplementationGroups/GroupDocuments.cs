namespace Recovery.Api.Tests.ImplementationGroups;

/// <summary>The implementation-group GraphQL the tests send; every mutation takes <c>$input</c>.</summary>
public static class GroupDocuments
{
    public static string Mutation(string field, string inputType) =>
        $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ version id }} }}";

    /// <summary>Everything the group page shows, in one query: it must pass the complexity limit.</summary>
    public const string WholeGroup = """
        query($code: String!, $slug: String!) {
          municipality(code: $code) {
            implementationGroup(slug: $slug) {
              municipalityCode slug name focus mandate version canGovern canEditPlan tovholderId
              members { personId name role }
              activities { id title description principles ownerId ownerName starts due status decisionId trialId withheld
                           followUps { id note at byName } }
              decisions { id title rationale recordedAt recordedByName activityIds withheld }
              driversAndBarriers { id kind text withheld }
              reports { id title text submittedAt submittedByName withheld }
              trialActions { id hypothesis trial ownerId ownerName until learning promotedTo withheld }
            }
          }
        }
        """;

    public const string Groups = "query($code: String!) { municipality(code: $code) { implementationGroups { slug name } } }";
}
