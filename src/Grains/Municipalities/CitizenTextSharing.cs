namespace Recovery.Grains.Municipalities;

/// <summary>How group grains ask whether their municipality shares citizens' words with outsiders.</summary>
public static class CitizenTextSharing
{
    /// <summary>Asked as the current caller, so only someone who may read the municipality learns it.</summary>
    public static async Task<bool> SharesCitizenText(this IGrainFactory grains, string municipality) =>
        (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State.Programme.SharesCitizenText;
}
