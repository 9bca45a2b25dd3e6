using System.Globalization;
using static Recovery.Benchmarks.CommandLine;

namespace Recovery.Benchmarks.Country;

/// <summary>Command-line options of the <c>country</c> suite. Every phase is bounded in time.</summary>
/// <param name="Rooms">Room counts to run, smallest first, so a run that breaks has the smaller ones behind it.</param>
/// <param name="TypingAtOnce">How many people in a room are typing at any moment, on average; each value is run over every room count.</param>
/// <param name="Groups">Groups per municipality the country seeding gives.</param>
public sealed record CountryOptions(
    IReadOnlyList<int> Rooms, int Participants, IReadOnlyList<double> TypingAtOnce, TimeSpan Warmup, TimeSpan Measure, int Repeats, int Groups, string? Out, bool Quick)
{
    public const string Section = "country";

    /// <summary>Two silos, as the issue asks: every room has people on both.</summary>
    public const int Silos = 2;

    public static CountryOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CountryOptions([98], 30, [3], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), 1, 3, null, Quick: false);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with
                {
                    Rooms = [3], Participants = 6, Warmup = TimeSpan.FromSeconds(3), Measure = TimeSpan.FromSeconds(8), Repeats = 1, Groups = 1, Quick = true,
                },
                "--rooms" => options with { Rooms = [.. PositiveList(Value(args, ++i)).Order()] },
                "--participants" => options with { Participants = Positive(Value(args, ++i)) },
                "--typing" => options with { TypingAtOnce = [.. Value(args, ++i).Split(',').Select(PositiveReal)] },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Positive(Value(args, ++i))) },
                "--seconds" => options with { Measure = TimeSpan.FromSeconds(Positive(Value(args, ++i))) },
                "--repeat" => options with { Repeats = Positive(Value(args, ++i)) },
                "--groups" => options with { Groups = Positive(Value(args, ++i)) },
                "--out" => options with { Out = Value(args, ++i) },
                var other => throw new ArgumentException($"Unknown option {other}"),
            };
        }
        if (options.Rooms.Any(r => r > CountryMunicipalities.Codes.Count))
            throw new ArgumentException($"--rooms: there are {CountryMunicipalities.Codes.Count} municipalities, one room each.");
        if (options.TypingAtOnce.Any(t => t >= options.Participants))
            throw new ArgumentException("--typing must be below --participants: someone has to be reading.");
        if (options.Quick && options.Out is not null)
            throw new ArgumentException("--quick is a smoke run; its numbers do not go into the document.");
        return options;
    }

    private static double PositiveReal(string text) =>
        double.Parse(text, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new ArgumentException($"{text} must be positive");
}
