using System.Text;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Reads comma-separated files with a header line (RFC 4180 quoting: fields in double quotes may hold commas and
/// doubled quotes). Invalid UTF-8 bytes become U+FFFD, so a name damaged in the source can be recognised and skipped.
/// </summary>
internal static class CsvFile
{
    /// <summary>The rows of <paramref name="path"/> as dictionaries from column name to value, with their line numbers.</summary>
    public static List<(int Line, Dictionary<string, string> Fields)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        string text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(File.ReadAllBytes(path));
        List<(int Line, List<string> Fields)> records = Split(text);
        if (records.Count == 0)
        {
            throw new SourceFormatException(path, "file is empty");
        }
        List<string> header = records[0].Fields;
        header[0] = header[0].TrimStart('\uFEFF');
        var rows = new List<(int, Dictionary<string, string>)>(records.Count);
        foreach ((int line, List<string> fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i].Trim() : "";
            }
            rows.Add((line, row));
        }
        return rows;
    }

    private static List<(int Line, List<string> Fields)> Split(string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }
        return records;
    }
}
