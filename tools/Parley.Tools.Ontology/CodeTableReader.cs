using System.Text;

namespace Parley.Tools.Ontology;

/// <summary>
/// Reads GDELT's two-column CAMEO lookup tables (CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt): a
/// header line, then one "CODE TAB VALUE" line per code.
/// </summary>
internal static class CodeTableReader
{
    /// <summary>
    /// Reads the table at <paramref name="path"/>, whose first line must be <paramref name="expectedHeader"/>
    /// (two TAB-separated column names). Blank lines are skipped; codes must be unique and valid.
    /// </summary>
    public static List<CodeTableEntry> Read(string path, string expectedHeader)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        var entries = new List<CodeTableEntry>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                if (!string.Equals(line.Trim(), expectedHeader, StringComparison.Ordinal))
                {
                    throw new SourceFormatException(path, lineNumber, $"expected the header \"{expectedHeader.Replace("\t", "\\t", StringComparison.Ordinal)}\"");
                }
                continue;
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            string[] fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new SourceFormatException(path, lineNumber, $"expected 2 TAB-separated columns, found {fields.Length}");
            }
            string code = fields[0].Trim();
            string value = fields[1].Trim();
            if (!CameoCodes.IsValid(code))
            {
                throw new SourceFormatException(path, lineNumber, $"\"{code}\" is not a CAMEO code (2-4 digits, root 01-20)");
            }
            if (value.Length == 0)
            {
                throw new SourceFormatException(path, lineNumber, $"code {code} has an empty value");
            }
            if (firstLineOf.TryGetValue(code, out int first))
            {
                throw new SourceFormatException(path, lineNumber, $"code {code} is listed again (first on line {first})");
            }
            firstLineOf.Add(code, lineNumber);
            entries.Add(new CodeTableEntry(code, value, lineNumber));
        }
        if (lineNumber == 0)
        {
            throw new SourceFormatException(path, "file is empty");
        }
        return entries;
    }
}
