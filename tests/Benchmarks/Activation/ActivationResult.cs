using Recovery.Benchmarks.Mutation;

namespace Recovery.Benchmarks.Activation;

/// <summary>One subject's cold activations, and the snapshot version it opened from (null: it folded the whole stream).</summary>
public sealed record ActivationResult(Subject Subject, long? SnapshotVersion, Latency Times);
