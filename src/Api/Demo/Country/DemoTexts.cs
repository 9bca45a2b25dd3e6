namespace Recovery.Api.Demo.Country;

/// <summary>What the country's demo groups are called and write in their plans: plausible, plain and made up.</summary>
internal static class DemoTexts
{
    public static readonly (string Name, string Focus)[] Groups =
    [
        ("Bostøtte", "Socialpædagogisk støtte i eget hjem"),
        ("Beskæftigelse", "Vejen til uddannelse og arbejde"),
        ("Netværk og fællesskaber", "Borgernes netværk og de almene fællesskaber"),
        ("Myndighed", "Sagsbehandlingen og udredningen"),
        ("Botilbud", "Midlertidige og længerevarende botilbud"),
        ("Peerstøtte", "Peermedarbejdere i kommunens tilbud"),
        ("Sammenhængende forløb", "Overgange mellem kommune, region og almen praksis"),
        ("Tidlig indsats", "Hjælp, før problemerne vokser"),
        ("Pårørendesamarbejde", "Pårørende som en del af forløbet"),
        ("Recovery-kultur", "Sprog, kultur og mindset i hele organisationen"),
        ("Misbrug og psykiatri", "Borgere med samtidigt misbrug og psykisk lidelse"),
        ("Ungeindsatsen", "Unge mellem 18 og 30 år"),
    ];

    /// <summary>Activities of an implementation plan and the principles they carry out.</summary>
    public static readonly (string Title, int[] Principles)[] Activities =
    [
        ("Borgerens egne mål står først i planen", [1]),
        ("Samtaler om håb og drømme ved første møde", [1, 4]),
        ("Ressourceprofil i alle nye forløb", [2]),
        ("Netværksmøde i nye sager", [3]),
        ("Faste aftaler med lokale foreninger", [3]),
        ("Recovery-café en gang om ugen", [3, 4]),
        ("Fælles sprogpolitik for medarbejderne", [4]),
        ("Åben rådgivning uden visitation", [5]),
        ("Hurtig kontakt efter udskrivning", [5, 7]),
        ("Én plan på tværs af forvaltningerne", [6]),
        ("Fælles møder med jobcenteret", [6]),
        ("Opfølgning hver tredje måned", [7]),
        ("Borgerens tilbagemelding efter hvert forløb", [7, 8]),
        ("Kursus i recovery-orienteret praksis", [8]),
        ("Afprøvning af IPS-metoden", [8, 6]),
        ("Peermedarbejder i teamet", [4, 2]),
    ];

    /// <summary>Development plan items, one list per organisational prerequisite (1–8).</summary>
    public static readonly string[][] PlanItems =
    [
        ["Halvårlig status til udvalget", "Politisk temadrøftelse om recovery"],
        ["Strategi med konkrete mål for omlægningen", "Målene kendes på alle niveauer"],
        ["Ledernetværk om recovery", "Ledere følger op på praksis hver måned"],
        ["Aftale med regionen om overgange", "Fælles møder med almen praksis"],
        ["Fælles inddragende metode i myndighed", "Borgeren er med, når planen skrives"],
        ["Flere tilbud uden visitation", "Fleksible forløb, der kan skrues op og ned"],
        ["Kompetenceplan for medarbejderne", "Uddannelse af peermedarbejdere"],
        ["Planer skrives i borgerens egne ord", "Fælles sprog om recovery"],
    ];

    public static readonly string[] Workshops = ["Workshop om udviklingsplanen", "Temadag om forudsætningerne"];

    public static readonly string[] Rounds = ["Første temperaturmåling", "Anden temperaturmåling", "Tredje temperaturmåling"];
}
