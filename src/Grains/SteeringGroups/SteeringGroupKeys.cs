namespace Recovery.Grains.SteeringGroups;

/// <summary>A steering group's grain key (<c>657/steering</c>) and stream key (<c>steering:657</c>).</summary>
public static class SteeringGroupKeys
{
    public static string Grain(string municipality) => $"{municipality}/steering";
    public static string Stream(string municipality) => $"steering:{municipality}";
}
