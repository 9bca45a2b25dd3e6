namespace Recovery.Grains.Municipalities;

/// <summary>The 98 municipalities, shipped inside the product (an embedded copy of the official list).</summary>
public static class MunicipalityCatalog
{
    public static IReadOnlyList<Municipality> All { get; } = Load();

    private static readonly Dictionary<string, Municipality> ByCode = All.ToDictionary(m => m.Code);

    public static Municipality? Find(string code) => ByCode.GetValueOrDefault(code);

    public static bool Exists(string code) => ByCode.ContainsKey(code);

    private static Municipality[] Load()
    {
        using var stream = typeof(MunicipalityCatalog).Assembly.GetManifestResourceStream("Recovery.Municipalities.csv")
                           ?? throw new InvalidOperationException("The municipality list is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new Municipality(f[0], f[1], f[2]))
            .OrderBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), false))
            .ToArray();
    }
}
