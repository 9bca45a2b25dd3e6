namespace Recovery.Benchmarks.Country;

/// <summary>
/// How people type in a workshop: most listen and read most of the time; now and then one writes a
/// phrase into the shared text (5–40 keystrokes) at a steady 2–4 keystrokes a second (an ordinary
/// typist composing text, not copying it), each gap jittered ±50 %, and then reads again for a random,
/// exponentially distributed while. The reading pause is set so that on average <see cref="AtOnce"/>
/// people in a room are typing at any moment.
/// </summary>
public sealed record TypingModel(int Participants, double AtOnce)
{
    public const int ShortestBurst = 5;
    public const int LongestBurst = 40;
    public const double SlowestRate = 2;
    public const double FastestRate = 4;

    private const double MeanBurstKeys = (ShortestBurst + LongestBurst) / 2.0;

    /// <summary>The mean of 1/rate for a rate drawn evenly between the slowest and the fastest.</summary>
    private static readonly double MeanGap = Math.Log(FastestRate / SlowestRate) / (FastestRate - SlowestRate);

    private static double MeanBurstSeconds => MeanBurstKeys * MeanGap;

    /// <summary>The share of the time one person spends typing.</summary>
    public double Duty => AtOnce / Participants;

    public double MeanReadingSeconds => MeanBurstSeconds * (1 / Duty - 1);

    /// <summary>What a room offers on average: <see cref="AtOnce"/> typists, each at the mean burst rate.</summary>
    public double KeystrokesPerSecondPerRoom => AtOnce * MeanBurstKeys / MeanBurstSeconds;

    public int Burst(Random random) => random.Next(ShortestBurst, LongestBurst + 1);

    public TimeSpan Gap(Random random, double rate) => TimeSpan.FromSeconds((0.5 + random.NextDouble()) / rate);

    public static double Rate(Random random) => SlowestRate + random.NextDouble() * (FastestRate - SlowestRate);

    public TimeSpan Reading(Random random) => TimeSpan.FromSeconds(-MeanReadingSeconds * Math.Log(1 - random.NextDouble()));
}
