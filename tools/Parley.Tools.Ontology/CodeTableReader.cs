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
        var entries = new List<CodeTableEntry>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvTable.ReadWithHeader(path, expectedHeader))
        {
            string code = row[0];
            string value = row[1];
            if (!CameoCodes.IsValid(code))
            {
                throw row.Error($"\"{code}\" is not a CAMEO code (2-4 digits, root 01-20)");
            }
            if (value.Length == 0)
            {
                throw row.Error($"code {code} has an empty value");
            }
            if (firstLineOf.TryGetValue(code, out int first))
            {
                throw row.Error($"code {code} is listed again (first on line {first})");
            }
            firstLineOf.Add(code, row.Line);
            entries.Add(new CodeTableEntry(code, value, row.Line));
        }
        return entries;
    }
}
