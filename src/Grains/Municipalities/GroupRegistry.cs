namespace Recovery.Grains.Municipalities;

/// <summary>How readers ask whether a group exists before waking it: a guessed key must not activate a grain.</summary>
public static class GroupRegistry
{
    /// <summary>Asked as the current caller, so only someone who may read the municipality learns it.</summary>
    public static async Task<bool> HasGroup(this IGrainFactory grains, string municipality, string groupKey) =>
        (await grains.GetGrain<IMunicipalityGrain>(municipality).View()).State.Groups.Any(g => g.Key == groupKey);
}
