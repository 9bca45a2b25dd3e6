using System.Text;

namespace Recovery.Api.Exports;

/// <summary>
/// <c>Content-Disposition</c> with the name twice: an ASCII <c>filename</c> for old clients
/// ("Ærø" becomes "Aeroe") and the real one as RFC 5987 <c>filename*</c>, which browsers prefer.
/// </summary>
internal static class ExportFileName
{
    public static string Name(string municipality, string stem, DateOnly date, string extension) =>
        $"{municipality.Replace(' ', '-')}-{stem}-{date:yyyy-MM-dd}.{extension}";

    public static string ContentDisposition(string fileName) =>
        $"attachment; filename=\"{Ascii(fileName)}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";

    public static string Ascii(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            ascii.Append(c switch
            {
                'æ' => "ae", 'ø' => "oe", 'å' => "aa", 'Æ' => "Ae", 'Ø' => "Oe", 'Å' => "Aa",
                _ when char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' => c.ToString(),
                _ => "_",
            });
        }
        return ascii.ToString();
    }
}
