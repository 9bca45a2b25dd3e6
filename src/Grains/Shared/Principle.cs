namespace Recovery.Grains.Shared;

/// <summary>The eight principles (<i>de otte principper</i>) of recovery-oriented rehabilitation: the practice level.</summary>
public enum Principle
{
    HopesAndDreams = 1,
    Resources = 2,
    NetworkAndCommunities = 3,
    OpennessAndRespect = 4,
    EarlyHelp = 5,
    WholeLifeSituation = 6,
    FollowUp = 7,
    KnowledgeThatWorks = 8,
}

public static class Principles
{
    public static IReadOnlyList<Principle> All { get; } = Enum.GetValues<Principle>();

    public static string DanishTitle(this Principle principle) => principle switch
    {
        Principle.HopesAndDreams => "Tag udgangspunkt i borgerens håb, ønsker og drømme",
        Principle.Resources => "Fokusér på borgerens ressourcer",
        Principle.NetworkAndCommunities => "Inddrag borgerens netværk og almene fællesskaber",
        Principle.OpennessAndRespect => "Mød borgeren med åbenhed, tillid og respekt",
        Principle.EarlyHelp => "Hjælp så tidligt som muligt",
        Principle.WholeLifeSituation => "Arbejd koordineret med borgerens samlede livssituation",
        Principle.FollowUp => "Følg op, så støtten altid er den rette",
        Principle.KnowledgeThatWorks => "Brug viden og metoder, der virker",
        _ => throw new ArgumentOutOfRangeException(nameof(principle)),
    };

    public static Principle FromNumber(int number) =>
        Enum.IsDefined((Principle)number)
            ? (Principle)number
            : throw RuleViolation.Invalid($"Princip {number} findes ikke; vælg 1–8.");
}
