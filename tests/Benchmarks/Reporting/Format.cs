using System.Globalization;
using Recovery.Benchmarks.Mutation;

namespace Recovery.Benchmarks.Reporting;

/// <summary>How every suite writes its numbers: invariant culture, milliseconds to two places, ratios to one.</summary>
public static class Format
{
    public static string Triple(Latency l) => $"{N(l.P50)} / {N(l.P99)} / {N(l.Mean)}";

    public static string Ratio(double ratio) => N(ratio, "0.0") + "×";

    public static string N(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
