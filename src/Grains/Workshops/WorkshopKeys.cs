namespace Recovery.Grains.Workshops;

/// <summary>A workshop's grain key is <c>657/workshop/{id}</c>; its Marten stream <c>workshop:657:{id}</c>.</summary>
public static class WorkshopKeys
{
    private const string Segment = "workshop";

    public static string Grain(string municipality, string id) => $"{municipality}/{Segment}/{id}";

    public static string Stream(string municipality, string id) => $"{Segment}:{municipality}:{id}";

    /// <summary>The municipality and id in a key a client sent, or null when it is not a workshop key.</summary>
    public static (string Municipality, string Id)? Parse(string? key) =>
        key?.Split('/') is [{ Length: 3 } code, Segment, var id] && code.All(char.IsAsciiDigit) && Identifier.IsValid(id) ? (code, id) : null;
}
