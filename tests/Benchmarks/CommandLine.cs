using System.Globalization;

namespace Recovery.Benchmarks;

/// <summary>The few argument checks every suite's options share.</summary>
public static class CommandLine
{
    public static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    public static int Positive(string text) =>
        int.Parse(text, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new ArgumentException($"{text} must be positive");

    public static int[] PositiveList(string text) => text.Split(',').Select(Positive).ToArray();
}
