namespace Recovery.Grains.Shared;

/// <summary>The eight organisational prerequisites (<i>organisatoriske forudsætninger</i>) of the agency's concept.</summary>
public enum OrganisationalPrerequisite
{
    PoliticalFocus = 1,
    StrategicBasis = 2,
    Leadership = 3,
    CollaborationAcross = 4,
    InvolvingCaseHandling = 5,
    FlexibleServices = 6,
    Competences = 7,
    Culture = 8,
}

public static class OrganisationalPrerequisites
{
    public static IReadOnlyList<OrganisationalPrerequisite> All { get; } = Enum.GetValues<OrganisationalPrerequisite>();

    public static string DanishTitle(this OrganisationalPrerequisite prerequisite) => prerequisite switch
    {
        OrganisationalPrerequisite.PoliticalFocus => "Politisk fokus",
        OrganisationalPrerequisite.StrategicBasis => "Klart strategisk afsæt",
        OrganisationalPrerequisite.Leadership => "Tydelig og vedholdende ledelse",
        OrganisationalPrerequisite.CollaborationAcross => "Tæt samarbejde på tværs",
        OrganisationalPrerequisite.InvolvingCaseHandling => "Inddragende sagsbehandling",
        OrganisationalPrerequisite.FlexibleServices => "Tilgængelige, relevante og fleksible tilbud",
        OrganisationalPrerequisite.Competences => "Kompetencer og faglighed",
        OrganisationalPrerequisite.Culture => "Understøttende kultur, sprog og mindset",
        _ => throw new ArgumentOutOfRangeException(nameof(prerequisite)),
    };

    public static OrganisationalPrerequisite FromNumber(int number) =>
        Enum.IsDefined((OrganisationalPrerequisite)number)
            ? (OrganisationalPrerequisite)number
            : throw RuleViolation.Invalid($"Forudsætning {number} findes ikke; vælg 1–8.");
}
