using System.Globalization;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// The column formats of the hand-curated tables in tools/Parley.Tools.Dictionaries/curated (read with
/// <see cref="TsvTable.Read"/>): actor rows and codes with date ranges.
/// </summary>
internal static class CuratedTable
{
    /// <summary>
    /// Reads a table of actors, one a row: codes (see <see cref="ParseCodes"/>), names separated by <c>|</c> and an
    /// optional comment for the first name. Each name's key goes into <paramref name="byKey"/>, which the caller may
    /// keep to match later names against these actors.
    /// </summary>
    /// <exception cref="SourceFormatException">A name already belongs to another entry of <paramref name="byKey"/> or is in <paramref name="namesOfOtherFiles"/>.</exception>
    public static List<GeneratedEntry> ReadActors(string path, ISet<string> namesOfOtherFiles, Dictionary<string, GeneratedEntry> byKey)
    {
        var entries = new List<GeneratedEntry>();
        foreach (TsvRow row in TsvTable.Read(path, 2))
        {
            var entry = new GeneratedEntry();
            foreach (string name in row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                string key = NameForms.Key(name);
                if ((!byKey.TryAdd(key, entry) && byKey[key] != entry) || namesOfOtherFiles.Contains(key))
                {
                    throw row.Error($"{name} is already the name of another actor");
                }
                entry.AddName(name, entry.Names.Count == 0 && row[2].Length > 0 ? row[2] : null);
            }
            entry.Codes.AddRange(ParseCodes(row, row[0]));
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>
    /// Parses the codes of a curated row: <c>CODE</c>, <c>CODE 2013-02-01..2017-01-20</c>, <c>CODE ..2013-01-31</c>
    /// or <c>CODE 2017-01-21..</c>, several separated by <c>;</c>.
    /// </summary>
    public static List<EntryCode> ParseCodes(TsvRow row, string text)
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

    private static DateOnly? ParseDate(TsvRow row, string text)
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
