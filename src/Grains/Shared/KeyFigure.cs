namespace Recovery.Grains.Shared;

/// <summary>
/// The key figures (<i>Socialpsykiatriens Nøgletal</i>) a municipality follows. The staircase keeps
/// them; plan activities name the one they expect to move, so the two slices share the names.
/// </summary>
public enum KeyFigure
{
    EducationOrEmployment = 1,
    Readmissions = 2,
    Expenditure = 3,
    StaircaseStep = 4,
}

/// <summary>The figure an activity expects to move; a step id narrows expenditure or the count of one staircase step.</summary>
[GenerateSerializer, Immutable, Alias("recovery.figure-aim")]
public sealed record FigureAim([property: Id(0)] KeyFigure Figure, [property: Id(1)] string? StepId = null);

public static class KeyFigures
{
    public static string DanishName(this KeyFigure figure) => figure switch
    {
        KeyFigure.EducationOrEmployment => "Andel i uddannelse eller beskæftigelse",
        KeyFigure.Readmissions => "Andel psykiatriske genindlæggelser",
        KeyFigure.Expenditure => "Udgifter pr. ydelsestype",
        KeyFigure.StaircaseStep => "Borgere på et trin i indsatstrappen",
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };

    /// <summary>A step id only where it narrows the figure, in the staircase's id format; anything else is refused.</summary>
    public static FigureAim Valid(FigureAim aim)
    {
        if (!Enum.IsDefined(aim.Figure)) throw RuleViolation.Invalid("Ukendt nøgletal.");
        if (aim.StepId is null) return aim.Figure == KeyFigure.StaircaseStep ? throw RuleViolation.Invalid("Vælg hvilket trin i indsatstrappen.") : aim;
        if (aim.Figure is not (KeyFigure.StaircaseStep or KeyFigure.Expenditure))
            throw RuleViolation.Invalid("Kun trin og udgifter kan gælde ét trin i indsatstrappen.");
        return Identifier.IsValid(aim.StepId) ? aim : throw RuleViolation.Invalid("Ugyldigt trin.");
    }
}
