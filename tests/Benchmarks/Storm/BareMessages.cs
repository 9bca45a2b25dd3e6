using System.Text.Json;

namespace Recovery.Benchmarks.Storm;

/// <summary>The floor reads a proposal without looking inside its command and sends the command back out as the step's event.</summary>
public sealed record BareProposal(string Id, long Base, JsonElement Command);

public sealed record BareStep(string Workshop, long Revision, string Author, string OpId, JsonElement Event);
