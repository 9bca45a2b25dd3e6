namespace Recovery.Grains.Assessments;

/// <summary>
/// Version 1 of the questionnaire, shipped with Recovery. The agency's own questionnaire is not
/// public; these statements are written from the "Hvad betyder …" lists of its guide to the
/// organisational prerequisites, one statement per central point. The national coordinator can
/// publish later versions; this one stays, since rounds answered on it refer to it.
/// </summary>
public static class DefaultQuestionnaire
{
    public static TemperatureQuestionnaire Version1 { get; } = new(1,
    [
        S("1.1", OrganisationalPrerequisite.PoliticalFocus, "Der er politiske mål for omlægningen mod recovery-orienteret rehabilitering i kommunen."),
        S("1.2", OrganisationalPrerequisite.PoliticalFocus, "Politikerne prioriterer tidlige og forebyggende recovery-orienterede indsatser."),
        S("1.3", OrganisationalPrerequisite.PoliticalFocus, "Politikerne følger op på målene for omlægningen af socialpsykiatrien."),
        S("2.1", OrganisationalPrerequisite.StrategicBasis, "De politiske ambitioner er omsat i en strategi eller plan med konkrete mål for recovery-orienteret rehabilitering."),
        S("2.2", OrganisationalPrerequisite.StrategicBasis, "Strategien og målene er kendt og forankret på alle niveauer i organisationen."),
        S("2.3", OrganisationalPrerequisite.StrategicBasis, "Der følges løbende op på strategien og målene og på, hvad de betyder for de konkrete indsatser."),
        S("3.1", OrganisationalPrerequisite.Leadership, "Den strategiske ledelse tager aktivt ejerskab for recovery-orienteringen i kommunen."),
        S("3.2", OrganisationalPrerequisite.Leadership, "Ledelsen kommunikerer tydeligt og ensartet, hvad der forventes af ledere og medarbejdere."),
        S("3.3", OrganisationalPrerequisite.Leadership, "De faglige ledere oversætter tilgangen til praksis og følger op på, at den bliver brugt."),
        S("4.1", OrganisationalPrerequisite.CollaborationAcross, "Mål og indsatser koordineres tæt på tværs, fx med én indgang og én plan for borgeren."),
        S("4.2", OrganisationalPrerequisite.CollaborationAcross, "Der er et formelt samarbejde med regionen med aftalte processer for koordination."),
        S("4.3", OrganisationalPrerequisite.CollaborationAcross, "Vi kender de vigtige aktører i civilsamfundet og har arbejdsgange for samarbejdet med dem."),
        S("5.1", OrganisationalPrerequisite.InvolvingCaseHandling, "Sagsbehandlingen bygger på fælles inddragende metoder og tilgange."),
        S("5.2", OrganisationalPrerequisite.InvolvingCaseHandling, "Sagsbehandlingen tager udgangspunkt i borgerens håb, ønsker og drømme for fremtiden."),
        S("5.3", OrganisationalPrerequisite.InvolvingCaseHandling, "Peers og netværk inddrages, når borgeren ønsker det."),
        S("6.1", OrganisationalPrerequisite.FlexibleServices, "Tilbud kan skræddersys til den enkelte borger på tværs af tilbudsviften."),
        S("6.2", OrganisationalPrerequisite.FlexibleServices, "Borgerne inddrages aktivt i udviklingen af tilbuddene."),
        S("6.3", OrganisationalPrerequisite.FlexibleServices, "Der arbejdes strategisk med tidlige og forebyggende indsatser og indsatser i civilsamfundet."),
        S("7.1", OrganisationalPrerequisite.Competences, "Der er en fælles faglig forståelse af og tilgang til recovery-orienteret rehabilitering."),
        S("7.2", OrganisationalPrerequisite.Competences, "Medarbejderne får kompetenceudvikling, internt og på tværs, der klæder dem på til opgaven."),
        S("7.3", OrganisationalPrerequisite.Competences, "Der følges op på, at tilgange og metoder bliver brugt i praksis, med borgeres og peers' perspektiver."),
        S("8.1", OrganisationalPrerequisite.Culture, "Der er en fælles kultur med tydelig tro på borgernes ressourcer og muligheder for at komme sig."),
        S("8.2", OrganisationalPrerequisite.Culture, "Recovery og muligheden for at komme sig er omdrejningspunktet i dialogen om indsatsen på alle niveauer."),
        S("8.3", OrganisationalPrerequisite.Culture, "Vi har fastlagt værdier og arbejdsgange, der understøtter omlægningen."),
    ]);

    private static TemperatureStatement S(string id, OrganisationalPrerequisite prerequisite, string text) => new(id, prerequisite, text);
}
