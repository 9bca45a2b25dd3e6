namespace Recovery.Grains.CaseReviews;

/// <summary>How far a case's work reflects a principle: the analysis tool's three-step scale.</summary>
public enum CaseJudgement
{
    Reflected = 1,
    Partly = 2,
    NotReflected = 3,
}

public static class CaseJudgements
{
    public static string DanishLabel(this CaseJudgement judgement) => judgement switch
    {
        CaseJudgement.Reflected => "Afspejlet",
        CaseJudgement.Partly => "Delvist",
        CaseJudgement.NotReflected => "Ikke afspejlet",
        _ => throw new ArgumentOutOfRangeException(nameof(judgement)),
    };
}
