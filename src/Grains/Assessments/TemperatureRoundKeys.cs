namespace Recovery.Grains.Assessments;

/// <summary>A temperature round is named by an id its municipality chooses: grain <c>657/temperature/{id}</c>, stream <c>temperature:657:{id}</c>.</summary>
public static class TemperatureRoundKeys
{
    public static string Grain(string municipality, string roundId) => $"{municipality}/temperature/{roundId}";

    public static string Stream(string municipality, string roundId) => $"temperature:{municipality}:{roundId}";

    /// <summary>The municipality of a round's stream key.</summary>
    public static string Municipality(string stream) => stream.Split(':')[1];

    public static string RoundId(string grainKey) => grainKey.Split('/', 3)[2];
}
