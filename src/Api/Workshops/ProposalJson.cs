using System.Text.Json;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Workshops;

/// <summary>Reads a proposal from the hub's JSON ourselves, so a malformed one gets a clear Danish error, not a dropped call.</summary>
internal static class ProposalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    public static Proposal Read(JsonElement json)
    {
        try
        {
            return json.Deserialize<Proposal>(Options) is { Id: not null, Command: not null } proposal
                ? proposal
                : throw RuleViolation.Invalid("Ændringen mangler id eller indhold.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw RuleViolation.Invalid("Ændringen kunne ikke læses. Se protokollen i docs/workshops.md.");
        }
    }
}
