using System.Text;
using BenchmarkDotNet.Attributes;
using Recovery.Grains.Shared;

namespace Recovery.Benchmarks.InProcess;

/// <summary>
/// The CPR check runs on every title and description a command carries, up to 4,000 characters.
/// The text has numbers that look like CPR candidates but are not (no valid date), so the whole text is
/// scanned and the date check runs: the worst case for text that passes. The baseline reads every
/// character once (a vectorised search), the least any check of the text can do.
/// </summary>
[MemoryDiagnoser]
public class FreeTextBenchmarks
{
    private const string Sentence =
        "Borgeren og sagsbehandleren aftaler næste skridt på mødet den 12.03.2027, tlf. 98 76 54 32; sag 3213991234 er lukket. ";

    private readonly string text = Text(FreeText.LongTextMax);

    [Benchmark(Baseline = true)]
    public bool Baseline_Scan4000Chars() => text.AsSpan().Contains('§');

    [Benchmark]
    public bool ContainsCpr_4000Chars_NoCpr() => FreeText.ContainsCpr(text);

    private static string Text(int length)
    {
        var text = new StringBuilder(length + Sentence.Length);
        while (text.Length < length) text.Append(Sentence);
        return text.ToString(0, length);
    }
}
