namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// Brief INSPIRE-O (Williams et al., Soc Psychiatry Psychiatr Epidemiol 2015;50:777–786,
/// doi:10.1007/s00127-014-0983-0, as adapted to an outcome measure): one statement per CHIME
/// process (connectedness, hope, identity, meaning, empowerment). Statements and scale as the
/// Danish Social Authority's guide to the organisational prerequisites gives them: each statement
/// 1 ("slet ikke") to 4 ("rigtig meget"). The 0–100 score is that range stretched linearly,
/// (sum − 5) / 15 × 100, rounded: our reading until checked against the licensed Danish manual.
/// See docs/citizen-measures.md.
/// </summary>
public static class BriefInspireO
{
    /// <summary>
    /// The Danish validation's empirical cut-off for personal recovery (Moeller et al., Soc Psychiatry
    /// Psychiatr Epidemiol 2025, doi:10.1007/s00127-025-02948-7; 8,192 outpatients, Capital Region).
    /// </summary>
    public const int CutOff = 50;

    /// <summary>The same study's clinically relevant change, in points.</summary>
    public const int RelevantChange = 8;

    public static InstrumentDefinition Definition { get; } = new(
        Instrument.BriefInspireO,
        "Brief INSPIRE-O",
        "Hvor enig er du i hvert udsagn lige nu? Vælg det svar, der passer bedst.",
        [
            "Jeg føler mig støttet af andre mennesker",
            "Jeg har håb og drømme om fremtiden",
            "Jeg har det godt med mig selv",
            "Jeg gør ting, som betyder noget for mig",
            "Jeg føler, at jeg har kontrol over mit liv",
        ],
        // The guide names only the ends of the scale; the steps between are shown as numbers, not given words of our own.
        [
            new(4, "4 – Rigtig meget"),
            new(3, "3"),
            new(2, "2"),
            new(1, "1 – Slet ikke"),
        ],
        CutOff,
        RelevantChange,
        answers => (int)Math.Round((answers.Sum() - answers.Count) * 100.0 / (3 * answers.Count), MidpointRounding.AwayFromZero));
}
