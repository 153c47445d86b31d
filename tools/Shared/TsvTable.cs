using System.Text;

namespace Parley.Tools.Shared;

/// <summary>
/// Reads the TAB-separated tables the generators take as input: UTF-8 (a byte order mark is allowed), fields
/// trimmed, blank lines skipped.
/// </summary>
internal static class TsvTable
{
    /// <summary>
    /// Reads a hand-curated table, whose lines starting with <c>#</c> are comments (the tables explain their own
    /// columns and sources); every row needs at least <paramref name="minimumFields"/> fields.
    /// </summary>
    public static List<TsvRow> Read(string path, int minimumFields)
    {
        var rows = new List<TsvRow>();
        foreach ((int number, string line) in Lines(path))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            TsvRow row = Split(path, number, line);
            if (row.Fields.Length < minimumFields)
            {
                throw row.Error($"expected at least {minimumFields} TAB-separated fields, found {row.Fields.Length}");
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// Reads a third-party table whose first line must be <paramref name="expectedHeader"/> (column names separated by
    /// TAB) and whose rows have exactly as many fields. The header is checked so that a changed source format fails
    /// loudly instead of filling the wrong columns; such tables have no comments.
    /// </summary>
    public static List<TsvRow> ReadWithHeader(string path, string expectedHeader)
    {
        int columns = expectedHeader.Split('\t').Length;
        var rows = new List<TsvRow>();
        int lineCount = 0;
        foreach ((int number, string line) in Lines(path))
        {
            lineCount = number;
            if (number == 1)
            {
                if (!string.Equals(line.Trim(), expectedHeader, StringComparison.Ordinal))
                {
                    throw new SourceFormatException(path, number, $"expected the header \"{expectedHeader.Replace("\t", "\\t", StringComparison.Ordinal)}\"");
                }
                continue;
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            TsvRow row = Split(path, number, line);
            if (row.Fields.Length != columns)
            {
                throw row.Error($"expected {columns} TAB-separated columns, found {row.Fields.Length}");
            }
            rows.Add(row);
        }
        if (lineCount == 0)
        {
            throw new SourceFormatException(path, "file is empty");
        }
        return rows;
    }

    // A missing file is reported like a malformed one: both mean the data directory is not what the generator expects.
    private static IEnumerable<(int Number, string Text)> Lines(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        int number = 0;
        foreach (string line in File.ReadLines(path, new UTF8Encoding(false)))
        {
            yield return (++number, line);
        }
    }

    private static TsvRow Split(string path, int number, string line) =>
        new(path, number, line.Split('\t').Select(field => field.Trim()).ToArray());
}
