namespace Recovery.Benchmarks.Mutation;

/// <summary>Percentiles by nearest rank: every reported value is one that was actually observed.</summary>
public sealed record Latency(int Count, double P50, double P99, double Mean)
{
    /// <summary>Only the storm suite reports it: its runs have the hundreds of thousands of samples a 99.9th percentile needs.</summary>
    public double P999 { get; init; } = double.NaN;

    /// <summary>Only the activation suite reports it: tens of cold activations are too few for a 99th percentile to mean much.</summary>
    public double P95 { get; init; } = double.NaN;

    public static Latency Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return new Latency(0, double.NaN, double.NaN, double.NaN);
        return new Latency(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted.Average()) { P95 = Rank(sorted, 0.95), P999 = Rank(sorted, 0.999) };
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
