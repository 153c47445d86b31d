using System.Text;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Writes entries in the TABARI/PETRARCH actor format that <c>ActorDictionaryReader</c> reads: a name line,
/// <c>+</c> synonym lines, then TAB-indented code lines (a single unrestricted code stays on the name line).
/// </summary>
internal static class ActorFileWriter
{
    /// <summary>The file text: the header as <c>#</c> comment lines, then the entries; LF line endings.</summary>
    public static string Write(IEnumerable<string> header, IEnumerable<GeneratedEntry> entries)
    {
        var text = new StringBuilder();
        foreach (string line in header)
        {
            Comment(text, line);
        }
        foreach (GeneratedEntry entry in entries)
        {
            if (entry.Names.Count == 0 || entry.Codes.Count == 0)
            {
                continue;
            }
            if (entry.Before.Count > 0)
            {
                text.Append('\n');
                foreach (string line in entry.Before)
                {
                    Comment(text, line);
                }
            }
            AppendEntry(text, entry);
        }
        return text.ToString();
    }

    private static void AppendEntry(StringBuilder text, GeneratedEntry entry)
    {
        bool inline = entry.Codes.Count == 1 && entry.Codes[0].IsUnrestricted;
        for (int i = 0; i < entry.Names.Count; i++)
        {
            (string name, string? comment) = entry.Names[i];
            if (i > 0)
            {
                text.Append('+');
            }
            text.Append(name);
            if (i == 0 && inline)
            {
                text.Append("  ").Append(entry.Codes[0]);
            }
            if (comment is not null)
            {
                text.Append("  # ").Append(comment);
            }
            text.Append('\n');
        }
        if (!inline)
        {
            foreach (EntryCode code in entry.Codes)
            {
                text.Append('\t').Append(code).Append('\n');
            }
        }
    }

    private static void Comment(StringBuilder text, string line) =>
        text.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
}
