namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// Brief INSPIRE-O (Williams et al., Soc Psychiatry Psychiatr Epidemiol 2015;50:777–786,
/// doi:10.1007/s00127-014-0983-0, as adapted to an outcome measure): one statement per CHIME
/// process (connectedness, hope, identity, meaning, empowerment). Working rule until checked
/// against the licensed scoring sheet: each statement 0 ("slet ikke") to 4 ("rigtig meget"), the
/// score is the mean item score times 25, i.e. 0–100. See docs/citizen-measures.md.
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
            "Jeg har håb og drømme for fremtiden",
            "Jeg har det godt med mig selv",
            "Jeg laver ting, der giver mening for mig",
            "Jeg føler, at jeg har kontrol over mit liv",
        ],
        [
            new(4, "Rigtig meget"),
            new(3, "En hel del"),
            new(2, "Noget"),
            new(1, "Ikke meget"),
            new(0, "Slet ikke"),
        ],
        CutOff,
        RelevantChange,
        answers => answers.Sum() * 25 / answers.Count);
}
