namespace Recovery.Grains.Staircase;

/// <summary>One staircase per municipality: grain <c>657/staircase</c>, stream <c>staircase:657</c>.</summary>
public static class StaircaseKeys
{
    public static string Grain(string municipality) => $"{municipality}/staircase";

    public static string Stream(string municipality) => $"staircase:{municipality}";

    public static bool IsGrain(string grainKey) => grainKey.Split('/') is [_, "staircase"];
}
