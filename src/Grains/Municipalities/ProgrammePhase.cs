namespace Recovery.Grains.Municipalities;

/// <summary>
/// The programme's phases, in order. Stored in events as numbers, so a phase keeps its number for good.
/// </summary>
public enum ProgrammePhase
{
    StartUp = 1,
    Analysis = 2,
    TrialAndDevelopment = 3,
    Reporting = 4,
}

public static class ProgrammePhases
{
    public static IReadOnlyList<ProgrammePhase> All { get; } = Enum.GetValues<ProgrammePhase>();

    public static string DanishTitle(this ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.StartUp => "Opstart",
        ProgrammePhase.Analysis => "Analyse",
        ProgrammePhase.TrialAndDevelopment => "Afprøvning og udvikling",
        ProgrammePhase.Reporting => "Afrapportering og formidling",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
