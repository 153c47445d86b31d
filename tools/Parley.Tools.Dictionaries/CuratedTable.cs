using System.Globalization;
using System.Text;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Reads the hand-curated tables in tools/Parley.Tools.Dictionaries/curated: UTF-8, TAB-separated, blank lines
/// and lines starting with <c>#</c> skipped; fields are trimmed.
/// </summary>
internal static class CuratedTable
{
    /// <summary>The rows of <paramref name="path"/>; each must have at least <paramref name="minimumFields"/> fields.</summary>
    public static List<CuratedRow> Read(string path, int minimumFields)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        var rows = new List<CuratedRow>();
        string[] lines = File.ReadAllLines(path, new UTF8Encoding(false));
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            string[] fields = line.Split('\t').Select(f => f.Trim()).ToArray();
            var row = new CuratedRow(path, i + 1, fields);
            if (fields.Length < minimumFields)
            {
                throw row.Error($"expected at least {minimumFields} TAB-separated fields, found {fields.Length}");
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// Parses the codes of a curated row: <c>CODE</c>, <c>CODE 2013-02-01..2017-01-20</c>, <c>CODE ..2013-01-31</c>
    /// or <c>CODE 2017-01-21..</c>, several separated by <c>;</c>.
    /// </summary>
    public static List<EntryCode> ParseCodes(CuratedRow row, string text)
    {
        var codes = new List<EntryCode>();
        foreach (string part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string code = pieces[0];
            if (!IsActorCode(code))
            {
                throw row.Error($"'{code}' is not an actor code (upper-case letters and digits)");
            }
            if (pieces.Length == 1)
            {
                codes.Add(new EntryCode(code, null, null));
                continue;
            }
            int dots = pieces.Length == 2 ? pieces[1].IndexOf("..", StringComparison.Ordinal) : -1;
            if (dots < 0)
            {
                throw row.Error($"'{part}' is not CODE, CODE FROM..TO, CODE ..TO or CODE FROM..");
            }
            DateOnly? from = ParseDate(row, pieces[1][..dots]);
            DateOnly? to = ParseDate(row, pieces[1][(dots + 2)..]);
            if (from is { } f && to is { } t && t < f)
            {
                throw row.Error($"'{part}' ends before it starts");
            }
            codes.Add(new EntryCode(code, from, to));
        }
        return codes;
    }

    /// <summary>True for a CAMEO-looking actor code (upper-case letters and digits with a letter) or <c>---</c>.</summary>
    public static bool IsActorCode(string code) =>
        code == "---" || (code.Length > 0 && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && code.Any(char.IsAsciiLetter));

    private static DateOnly? ParseDate(CuratedRow row, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw row.Error($"'{text}' is not a date (YYYY-MM-DD)");
        }
        return date;
    }
}
