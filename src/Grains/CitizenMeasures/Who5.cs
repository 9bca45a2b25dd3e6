namespace Recovery.Grains.CitizenMeasures;

/// <summary>
/// WHO-5 Well-Being Index (Psychiatric Research Unit, Mental Health Centre North Zealand; Topp,
/// Østergaard, Søndergaard &amp; Bech, Psychother Psychosom 2015;84:167–176, doi:10.1159/000376585).
/// Five statements about the last two weeks, each 0 ("på intet tidspunkt") to 5 ("hele tiden");
/// the raw score 0–25 times 4 is the percentage score 0–100. See docs/citizen-measures.md.
/// </summary>
public static class Who5
{
    /// <summary>A score of 50 or less means poor well-being (Topp et al. 2015); "above the cut-off" is over 50.</summary>
    public const int CutOff = 50;

    /// <summary>28 or less: likely depression, worth assessing (Topp et al. 2015). Shown in docs only, never used to label a person.</summary>
    public const int LikelyDepression = 28;

    /// <summary>A difference of 10 on the percentage score is a significant change (the WHO-5's own scoring notes).</summary>
    public const int RelevantChange = 10;

    public static InstrumentDefinition Definition { get; } = new(
        Instrument.Who5,
        "WHO-5 trivselsindeks",
        "Hvordan har du haft det de sidste to uger? Vælg for hvert udsagn det svar, der passer bedst.",
        [
            "Jeg har været glad og i godt humør",
            "Jeg har følt mig rolig og afslappet",
            "Jeg har følt mig aktiv og energisk",
            "Jeg er vågnet frisk og udhvilet",
            "Min dagligdag har været fyldt med ting, der interesserer mig",
        ],
        [
            new(5, "Hele tiden"),
            new(4, "Det meste af tiden"),
            new(3, "Lidt mere end halvdelen af tiden"),
            new(2, "Lidt mindre end halvdelen af tiden"),
            new(1, "Lidt af tiden"),
            new(0, "På intet tidspunkt"),
        ],
        CutOff,
        RelevantChange,
        answers => answers.Sum() * 4);
}
