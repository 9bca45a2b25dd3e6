using System.Diagnostics.Metrics;

namespace Recovery.Grains.Shared;

/// <summary>
/// Recovery's own meter (docs/operations.md). Measurements carry no tenant, person or text: only
/// counts, durations and bounded codes, so exporting them never exports personal data.
/// </summary>
public static class RecoveryMetrics
{
    public const string MeterName = "Recovery";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>Every step a workshop sequences: an edit, an arrival, a facilitator's change.</summary>
    public static readonly Counter<long> WorkshopStepsSequenced = Meter.CreateCounter<long>(
        "recovery.workshop.steps_sequenced", "{step}", "Workshop steps sequenced; rated over time, the edits per second.");

    /// <summary>
    /// From sequencing a step to its commit, after which the room is sent it and its author answered:
    /// the server's share of the acknowledgement a participant waits for.
    /// </summary>
    public static readonly Histogram<double> WorkshopSaveLatency = Meter.CreateHistogram<double>(
        "recovery.workshop.save_latency", "ms", "Time from sequencing a workshop step to its commit in PostgreSQL, after which it is sent and acknowledged.");
}
