using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Reads Parley's own TSV data files (the ontology, the gazetteer): comment lines start with <c>#</c>, blank lines
/// are skipped, and the first other line must be the exact header. Yields each data row with its line number;
/// <paramref name="error"/> makes the format exception that names the file and line.
/// </summary>
internal static class HeadedTable
{
    public static IEnumerable<(int LineNumber, string Line)> Rows(TextReader reader, string sourceName, string headerLine,
        Func<string, int, string, LineFormatException> error)
    {
        bool headerSeen = false;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (!headerSeen)
            {
                if (!string.Equals(line, headerLine, StringComparison.Ordinal))
                {
                    throw error(sourceName, lineNumber, "expected the header line \"" + headerLine.Replace("\t", "<TAB>", StringComparison.Ordinal) + "\"");
                }
                headerSeen = true;
                continue;
            }
            yield return (lineNumber, line);
        }
        if (!headerSeen)
        {
            throw error(sourceName, Math.Max(1, lineNumber), "missing the header line");
        }
    }
}
