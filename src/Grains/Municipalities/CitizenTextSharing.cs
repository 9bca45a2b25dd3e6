namespace Recovery.Grains.Municipalities;

/// <summary>How group grains ask whether their municipality shares citizens' words with outsiders.</summary>
public static class CitizenTextSharing
{
    /// <summary>Asked as the current caller, so only someone who may read the municipality learns it.</summary>
    public static async Task<bool> SharesCitizenText(this IGrainFactory grains, string municipality) =>
        (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State.Programme.SharesCitizenText;

    /// <summary>
    /// Whether the current caller may read a group's citizen-written words: its own municipality
    /// always; outsiders only where the municipality shares them. Asks the municipality only when
    /// there are such words and the caller is an outsider, so ordinary reads cost no extra call.
    /// </summary>
    public static async Task<bool> CallerSeesCitizenText(this IGrainFactory grains, string municipality, bool anyCitizenText) =>
        Caller.Current?.Municipality == municipality || !anyCitizenText || await grains.SharesCitizenText(municipality);
}
