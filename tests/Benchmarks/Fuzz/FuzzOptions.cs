using System.Globalization;
using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Fuzz;

/// <summary>Command-line options of the <c>fuzz</c> command (./fuzz.sh passes its own through).</summary>
/// <param name="GraphQL">GraphQL cases; <c>--count</c> sets both batteries.</param>
/// <param name="Show">A case to print instead of running ("graphql", 17): what a failure's seed and number replay.</param>
public sealed record FuzzOptions(int Seed, int GraphQL, int Hub, int Workers, string? Out, (string Battery, int Index)? Show = null)
{
    public const string Section = "fuzz";

    public static FuzzOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FuzzOptions(Environment.TickCount & int.MaxValue, 100_000, 100_000, 8, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--count" => Both(options, Positive(Value(args, ++i))),
                "--graphql" => options with { GraphQL = Positive(Value(args, ++i)) },
                "--hub" => options with { Hub = Positive(Value(args, ++i)) },
                "--seed" => options with { Seed = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture) },
                "--workers" => options with { Workers = Positive(Value(args, ++i)) },
                "--out" => options with { Out = Value(args, ++i) },
                "--show-graphql" => options with { Show = ("graphql", int.Parse(Value(args, ++i), CultureInfo.InvariantCulture)) },
                "--show-hub" => options with { Show = ("hub", int.Parse(Value(args, ++i), CultureInfo.InvariantCulture)) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        return options;
    }

    private static FuzzOptions Both(FuzzOptions options, int count) => options with { GraphQL = count, Hub = count };
}
