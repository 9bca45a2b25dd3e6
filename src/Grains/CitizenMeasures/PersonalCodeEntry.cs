namespace Recovery.Grains.CitizenMeasures;

/// <summary>Where a personal code's hash leads: the citizen's grain key. Replaced when a new code is issued.</summary>
public sealed record PersonalCodeEntry(string Id, string Citizen) : ICrossMunicipalityReadModel
{
    public const string Unknown = "Koden passer ikke. Tjek koden, eller spørg en medarbejder om en ny.";
}
