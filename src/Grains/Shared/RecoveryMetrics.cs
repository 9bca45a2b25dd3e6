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
        "recovery.workshop.steps_sequenced", "{step}", "Workshop steps sequenced and broadcast.");

    /// <summary>How long an author waits between seeing the step sequenced and being told it is saved.</summary>
    public static readonly Histogram<double> WorkshopSaveLatency = Meter.CreateHistogram<double>(
        "recovery.workshop.save_latency", "ms", "Time from sequencing a workshop step to its commit in PostgreSQL.");
}
