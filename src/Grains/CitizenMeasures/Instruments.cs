using System.Collections.Immutable;

namespace Recovery.Grains.CitizenMeasures;

/// <summary>The two citizen-reported measures the municipality collects.</summary>
public enum Instrument
{
    Who5 = 1,
    BriefInspireO = 2,
}

/// <summary>One answer option: the value the instrument scores and the Danish words the citizen sees.</summary>
[GenerateSerializer, Immutable, Alias("citizen.option")]
public sealed record ResponseOption([property: Id(0)] int Value, [property: Id(1)] string Label);

/// <summary>
/// A published instrument as Recovery asks and scores it: its statements in order, one response
/// scale, how a complete set of answers becomes 0–100, and the thresholds its sources give.
/// </summary>
public sealed record InstrumentDefinition(
    Instrument Instrument,
    string Name,
    string Introduction,
    ImmutableArray<string> Items,
    ImmutableArray<ResponseOption> Options,
    int CutOff,
    int RelevantChange,
    Func<IReadOnlyList<int>, int> FromCompleteAnswers)
{
    public int Min => Options.Min(o => o.Value);
    public int Max => Options.Max(o => o.Value);

    /// <summary>
    /// The 0–100 score, or null when any statement is unanswered: neither source scores an
    /// incomplete form, so Recovery does not guess the missing answers.
    /// </summary>
    public int? Score(IReadOnlyList<int?> answers)
    {
        if (answers.Count != Items.Length || answers.Any(a => a is null)) return null;
        if (answers.Any(a => a < Min || a > Max)) throw new ArgumentOutOfRangeException(nameof(answers));
        return FromCompleteAnswers([.. answers.Select(a => a!.Value)]);
    }

    /// <summary>How many statements are still unanswered, for the "not scored" message.</summary>
    public int Missing(IReadOnlyList<int?> answers) => Items.Length - answers.Count(a => a is not null);
}

public static class Instruments
{
    public static IReadOnlyList<InstrumentDefinition> All { get; } = [Who5.Definition, BriefInspireO.Definition];

    public static InstrumentDefinition Of(Instrument instrument) => instrument switch
    {
        Instrument.Who5 => Who5.Definition,
        Instrument.BriefInspireO => BriefInspireO.Definition,
        _ => throw RuleViolation.Invalid("Ukendt måleredskab."),
    };
}
