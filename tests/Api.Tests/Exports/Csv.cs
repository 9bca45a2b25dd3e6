using System.Text;

namespace Recovery.Api.Tests.Exports;

/// <summary>An RFC 4180 reader with semicolons, strict about what the export promises: BOM first, CRLF between records.</summary>
public static class Csv
{
    public static IReadOnlyList<string[]> Parse(byte[] file)
    {
        Assert.True(file.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "The file does not start with a UTF-8 byte order mark.");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file, 3, file.Length - 3);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ';') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', "A record ends with CR but no LF.");
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.True(c != '\n', "A bare LF outside quotes: records must end with CRLF.");
                field.Append(c);
            }
        }
        Assert.False(quoted, "The file ends inside a quoted field.");
        Assert.True(field.Length == 0 && fields.Count == 0, "The last record does not end with CRLF.");
        return records;
    }
}
